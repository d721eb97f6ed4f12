// Running a service as its own process: start, say where, stop cleanly on a signal.

export interface RunningService {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** The tiny entry every service's main runs. */
export function runService(start: () => Promise<RunningService>): void {
  start()
    .then((service) => {
      console.log(`${service.name} listening at ${service.url} (pid ${process.pid})`);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => void service.stop().then(() => process.exit(0)));
      }
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
