import { readShown } from '../corpus/real-posts/grade';
import { ask } from '../helpers/answers';

/*
 * Whole source families answered by their own entries: Microsoft Cloud PKI, Android certificate
 * errors as Intune reports them, and configuration questions. The texts are real public posts of
 * the development half (test/corpus/real-posts), or cut from them; the id is the corpus item.
 */

/** The entry the answer leads with, and whether it is offered as identified (not a closest match). */
const lead = (text: string): { id: string | undefined; identified: boolean } => {
  const shown = readShown(ask(text));
  return { id: shown.lead[0], identified: !shown.leadMarked };
};

describe('Microsoft Cloud PKI', () => {
  it.each([
    [
      'rp-0178',
      'Microsoft Cloud PKI: how long are the CRLs valid and how often are they refreshed? Does Intune host the CRL and AIA endpoints?',
      'cloud-pki:topic:cloud-pki-crl-aia',
    ],
    [
      'rp-0180',
      'Cloud PKI handles the certificate issuance, renewal, and revocation for Intune managed devices. Can it issue certificates to non-Intune managed devices?',
      'cloud-pki:topic:cloud-pki-scope',
    ],
    [
      'rp-0180, shortened',
      'Can Cloud PKI issue certificates to devices that are not enrolled in Intune?',
      'cloud-pki:topic:cloud-pki-scope',
    ],
  ])('%s leads with its own entry', (_id, text, expected) => {
    expect(lead(text)).toEqual({ id: expected, identified: true });
  });

  it("answers a profile that names Cloud PKI's {{CloudPKIFQDN}} placeholder with the profile causes", () => {
    expect(lead('Cloud PKI SCEP profile with {{CloudPKIFQDN}}: certificate not issued').id).toBe(
      'cloud-pki:topic:cloud-pki-scep-profile-not-issued'
    );
  });

  it('does not answer an AD CS CRL question with Cloud PKI as identified', () => {
    // rp-0102: the offline root's CRL is the CA's own business, not Cloud PKI's.
    const shown = lead(
      'CRL の有効期限が切れていると、失効されていないかを確認するときに失効確認に失敗します。オフラインのルート CA の CRL の有効期間を手動で延長するにはどうすればよいですか?'
    );
    expect(shown.id?.startsWith('cloud-pki:')).toBe(false);
  });
});
