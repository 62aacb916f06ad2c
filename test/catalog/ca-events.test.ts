import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile } from '../../src/catalog/catalog-file';
import { findProjectRoot } from '../../src/files/project-root';
import { builtInCatalog, lookup } from '../helpers/answers';

const root = findProjectRoot();
const file = JSON.parse(
  readFileSync(join(root, 'catalog', 'ca-events.json'), 'utf8')
) as CatalogFile;
const catalog = builtInCatalog();
const lead = (text: string) => {
  const first = lookup(text).items[0];
  return first?.type === 'entry' ? first.entry.id : first?.type;
};

describe("the CA's own events", () => {
  it("holds every audit event of Microsoft's Audit Certification Services list", () => {
    // Read from Microsoft's page by hand, not from the data file.
    expect(catalog.byId.get('ca-events:event:4870')?.summary.en).toMatch(/revoked a certificate/);
    expect(catalog.byId.get('ca-events:event:4887')?.summary.en).toMatch(/issued a certificate/);
    expect(catalog.byId.get('ca-events:event:4888')?.severity).toBe('warning');
    const audits = file.entries.filter((e) => e.log === 'Security').map((e) => Number(e.key));
    expect(audits).toEqual(Array.from({ length: 31 }, (_, i) => 4868 + i));
  });

  it('reads a CertSvc start-up failure by its event and source (rp-0043, KB 842210)', () => {
    expect(
      lead(
        '証明書サービスが起動しません。アプリケーション ログ:\nイベントの種類: エラー\nイベント ソース: CertSvc\nイベント ID: 42\n説明: 証明書サービス開始されなかった: ISICA の CA 証明書チェーンを構築できませんでした。オブジェクトまたはプロパティが見つかりませんでした。0x80092004 (-2146885628)。'
      )
    ).toBe('ca-events:event:42');
  });

  it("knows event 100 by Windows' Japanese text when no event id is pasted (rp-0044)", () => {
    expect(
      lead(
        'Windows Server で証明書サービスが起動しません。Active Directory 証明書サービスは開始されませんでした: 現在の CA 証明書の読み込みまたは確認に失敗しました。 Contoso CA Keyset は0x80090016存在しません (-2146893802 NTE_BAD_KEYSET)。'
      )
    ).toBe('ca-events:event:100');
  });

  it("names the CA source's events 28 and 48 by number when the source is named", () => {
    expect(
      lead(
        '証明書サービスは開始されませんでした: レジストリの問題。(CertificationAuthority イベント ID 28)'
      )
    ).toBe('ca-events:event:28');
    expect(lead('Microsoft-Windows-CertificationAuthority Event ID 48 (Warning)')).toBe(
      'ca-events:event:48'
    );
  });

  it('says the Key Recovery Agent events are off the Intune certificate path', () => {
    for (const id of ['83', '127']) {
      const e = catalog.byId.get(`ca-events:event:${id}`);
      expect(e?.meaning.en).toMatch(/not on the Intune certificate path/);
      expect(e?.meaning.ja).toMatch(/Intune の証明書の経路とは関係しません/);
    }
    expect(
      lead(
        '発行元 CertificationAuthority のイベント ID 127: Key Recovery Agent 証明書の有効期限が間もなく切れます。'
      )
    ).toBe('ca-events:event:127');
  });
});
