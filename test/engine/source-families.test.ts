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
    expect(shown.id ?? '').not.toMatch(/^cloud-pki:/);
  });
});

describe('Android certificate errors as Intune and the Company Portal report them', () => {
  it.each([
    [
      'rp-0065',
      'Had a support case where we found that the SCEP Profile in Intune for Android enterprise Device certificate requires SAN names to be set, or issuing SCEP Device certificate to Devices fails without any SAN configured, so use {{DeviceName}}.domainname.com. The error from logs analysed by Intune support is: "No SAN specified in certificate request."',
      'android:message:android-no-san-in-request',
    ],
    [
      'rp-0173',
      'Beginning with Android 11, trusted certificate profiles can no longer install the trusted root certificate on devices that are enrolled as Android device administrator.',
      'android:topic:android-da-android11-trusted-root',
    ],
    [
      "Microsoft's OMADM log sample (troubleshoot-scep-certificate-delivery)",
      "2018-02-27T05:18:45.3460000    INFO    Event     com.microsoft.omadm.platforms.android.certmgr.state.NativeScepCertInstallStateMachine    18327       14    SCEP cert 'ModelName=AC_51…%2FLogicalName_39907…;Hash=1677525787' state changed from CERT_INSTALLING to CERT_ACCESS_REQUESTED",
      'android:message:android-omadm-certificate-states',
    ],
  ])('%s leads with its own entry', (_id, text, expected) => {
    expect(lead(text)).toEqual({ id: expected, identified: true });
  });

  it("marks the SAN requirement as the support case's finding, not Microsoft's page", () => {
    const answer = ask('No SAN specified in certificate request');
    const first = answer.kind === 'lookup' ? answer.items[0] : undefined;
    expect(first?.type === 'entry' && first.entry.community).toBe(true);
  });

  it('does not answer a CA template question about SAN values with the Android entry', () => {
    // rp-0167: a CA-side question that shares the words "Subject Alternative Name".
    const shown = lead(
      'Customers must get certificates issued with custom Subject Alternative Name DNS values and hate that CA managers must review the Pending Requests table. Is there a safe way to auto-issue?'
    );
    expect(shown.id ?? '').not.toMatch(/^android:/);
  });
});

describe('configuration questions', () => {
  it.each([
    [
      'rp-0033',
      'エンタープライズ CA をホストしているサーバーに NDES と Microsoft Intune コネクタを一緒にインストールしてもよいですか?',
      'configuration:topic:connector-not-on-issuing-ca',
    ],
    [
      'rp-0035',
      'NDES サーバーに必要な 2 つの証明書とは何ですか? クライアント認証証明書とサーバー認証証明書はどこに置けばよいですか?',
      'configuration:topic:ndes-server-and-client-auth-certificates',
    ],
    [
      'rp-0066',
      'After working with Microsoft Support for a few weeks we found that all related configurations must be deployed to the same kind (user/device) of group or else Wi-Fi or Identity certificates can get stuck with a "Pending" status on Android Enterprise devices indefinitely. Trust certificates, PKCS Certificate and Wifi configuration must target the same kind of assignment group.',
      'configuration:topic:certificate-profile-group-targeting',
    ],
    [
      'rp-0098',
      'I recognized that P#12 file of a certificate issued by CA not linked to Intune cannot be updated on Intune. Since past P#12 files cannot be reused on Intune, it is necessary to construct a new environment that links Intune PKCS or SCEP and the CA (AD CS / DigiCert etc.)?',
      'configuration:topic:imported-pkcs-certificates-scope',
    ],
    [
      'rp-0099',
      'Trying to understand if on-premises infrastructure is required in all certificate deployments. I have a CER file to deploy.',
      'configuration:topic:certificate-profile-types-infrastructure',
    ],
    [
      "Microsoft's SCEP profile page, in an admin's words",
      'Do I need to move the Resource access policies workload to Intune for co-managed devices?',
      'configuration:topic:co-management-resource-access-workload',
    ],
    [
      'an admin asking before installing the connector',
      'Can we install the Intune certificate connector on an NDES server that is already used by another MDM?',
      'configuration:topic:ndes-shared-with-another-mdm',
    ],
  ])('%s leads with its own entry', (_id, text, expected) => {
    expect(lead(text).id).toBe(expected);
  });

  it("says the client authentication certificate is only the legacy connector's", () => {
    const answer = ask(
      'Which certificate do I bind in IIS on the NDES server, and do I still need the client authentication certificate?'
    );
    const first = answer.kind === 'lookup' ? answer.items[0] : undefined;
    const meaning = first?.type === 'entry' ? first.entry.meaning : '';
    expect(meaning).toMatch(/NDESConnectorSetup\.exe/);
    expect(meaning).toMatch(/doesn't use it/);
  });

  it('marks as inference that one NDES cannot serve Intune and another MDM', () => {
    const answer = ask('used by another MDM');
    const first = answer.kind === 'lookup' ? answer.items[0] : undefined;
    const steps = first?.type === 'entry' ? first.entry.steps : [];
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s.inference)).toBe(true);
  });
});
