import type { HubCertificateInfo } from '@handraise/shared';
import { Card } from '../../components/Card.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { useApiData } from '../../state/use-api-data.ts';

/** "3 of 40 computers are ready for the new certificate." */
export function readyLine({ ready, total }: { ready: number; total: number }): string {
  return total === 1
    ? `${ready} of 1 computer is ready for the new certificate.`
    : `${ready} of ${total} computers are ready for the new certificate.`;
}

/**
 * The certificate school computers check before they talk to this hub. Agents trust what they
 * saw when they enrolled (or the fingerprint their installer carried): this is what to compare.
 */
export function HubCertificateCard() {
  const { data } = useApiData<HubCertificateInfo>('/api/admin/hub-certificate');
  if (!data) return null;
  return (
    <Card title="Hub certificate" id="hub-certificate-title">
      {data.fingerprint ? (
        <div className="page">
          <p className="muted">
            School computers connect over HTTPS and check this fingerprint (SHA-256). Put it in
            installers as the hub fingerprint, or compare it with what a computer shows. Advisors
            whose console app opens this hub put it in their <code>console.json</code> as{' '}
            <code>hubFingerprint</code>.
          </p>
          <div className="command">
            <code data-testid="hub-fingerprint">{data.fingerprint}</code>
            <CopyButton text={data.fingerprint} label="Copy the hub fingerprint" />
          </div>
          {data.nextFingerprint && (
            <>
              <p className="muted">
                Next certificate, already announced to connected computers (they trust both until
                the switch):
              </p>
              <div className="command">
                <code data-testid="hub-next-fingerprint">{data.nextFingerprint}</code>
                <CopyButton text={data.nextFingerprint} label="Copy the next fingerprint" />
              </div>
              {data.nextReady && (
                <p
                  className={
                    data.nextReady.ready === data.nextReady.total ? 'notice good' : 'notice'
                  }
                  data-testid="hub-next-ready"
                >
                  {readyLine(data.nextReady)} A computer that has not connected since the
                  announcement is not ready yet; switch once they all are.
                </p>
              )}
            </>
          )}
        </div>
      ) : (
        <p className="muted" data-testid="hub-fingerprint">
          This hub uses plain HTTP (set so in its settings): nothing school computers send to it is
          encrypted. Turn on HTTPS before computers outside this one connect.
        </p>
      )}
    </Card>
  );
}
