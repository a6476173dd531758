import { stopServices } from '../lib/services';
import { globalState } from './global-setup';

/** Stops the containers the global setup started (nothing when the services came from the env). */
export default async function globalTeardown(): Promise<void> {
  const containers = globalState.__JOBSTREAM_CONTAINERS__;
  if (containers?.length) {
    await stopServices({ containers });
    globalState.__JOBSTREAM_CONTAINERS__ = undefined;
  }
}
