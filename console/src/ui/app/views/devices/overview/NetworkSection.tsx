import type { DeviceState, Hardware } from '@handraise/shared';
import { Card } from '../../../components/Card.tsx';
import { fact, FactList } from './facts.tsx';

type Interface = { name: string; mac?: string; ipv4: readonly string[]; ipv6: readonly string[] };

/**
 * The interfaces to show: the state section's (every address) where the agent sent one, else the
 * hardware's older list (one address of each kind), leaving out cards with no address at all.
 */
function interfacesOf(hardware: Hardware | null, state: DeviceState | null): Interface[] {
  const all: Interface[] =
    state?.interfaces ??
    (hardware?.network ?? []).map((n) => ({
      name: n.name,
      mac: n.mac || undefined,
      ipv4: n.ipv4 ? [n.ipv4] : [],
      ipv6: n.ipv6 ? [n.ipv6] : [],
    }));
  return all.filter((i) => i.ipv4.length > 0 || i.ipv6.length > 0);
}

const list = (items: readonly string[] | undefined) =>
  items && items.length > 0 ? items.join(', ') : undefined;

/** Addresses per interface, the gateway, name servers and the Wi-Fi network. */
export function NetworkSection({
  hardware,
  state,
}: {
  hardware: Hardware | null;
  state: DeviceState | null;
}) {
  const interfaces = interfacesOf(hardware, state);
  const general = [
    fact('Gateway', list(state?.gateways), { mono: true }),
    fact('DNS servers', list(state?.dnsServers), { mono: true }),
    fact('Wi-Fi network', state?.wifiSsid),
  ];
  if (interfaces.length === 0 && general.every((f) => f === null)) return null;
  return (
    <Card title="Network" id="device-network">
      <FactList facts={general} />
      {interfaces.map((i) => (
        <div className="overview-item" key={i.name}>
          <h3 className="overview-subheading mono">{i.name}</h3>
          <FactList
            facts={[
              fact('IPv4', list(i.ipv4), { mono: true }),
              fact('IPv6', list(i.ipv6), { mono: true }),
              fact('MAC address', i.mac, { mono: true }),
            ]}
          />
        </div>
      ))}
    </Card>
  );
}
