import { useMemo } from 'preact/hooks';
import { networkRows, type NetworkRow } from '../core/relationship/network';
import { db } from '../storage/db';
import { loadNetwork, type Network } from '../storage/network';
import { useLiveQuery } from '../pages/use-live-query';

export interface NetworkData {
  network: Network;
  rows: NetworkRow[];
}

/**
 * The whole network, live (any change to contacts, activity or sightings reloads it), with its list rows.
 * `undefined` while the first load runs.
 */
export function useNetwork(minThreads: number): NetworkData | undefined {
  const network = useLiveQuery(() => loadNetwork(db()), []);
  return useMemo(() => {
    if (!network) return undefined;
    return { network, rows: networkRows(network.contacts, network.activity, (c) => network.threads.get(c.id) ?? 0, minThreads) };
  }, [network, minThreads]);
}
