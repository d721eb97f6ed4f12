// Running a service as its own process: start, say where, stop cleanly on a signal.
import { serviceLogger } from './log.js';

export interface RunningService {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** The tiny entry every service's main runs; `name` labels its log lines before it has started. */
export function runService(start: () => Promise<RunningService>, name = 'service'): void {
  start()
    .then((service) => {
      // Scripts and tests wait for "<name> listening at <url>": the words stay in the message.
      serviceLogger(service.name).info({ url: service.url }, `${service.name} listening at ${service.url} (pid ${process.pid})`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => void service.stop().then(() => process.exit(0)));
      }
    })
    .catch((err: Error) => {
      try {
        serviceLogger(name).fatal({ err }, `${name} could not start: ${err.message}`);
      } catch {
        console.error(err.message); // the log settings themselves are wrong (LOG_LEVEL=loud)
      }
      process.exit(1);
    });
}
