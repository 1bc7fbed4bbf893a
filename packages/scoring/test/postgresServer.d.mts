/** A private PostgreSQL server started by {@link startPostgres}. */
export interface PostgresServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly user: 'capkit';
  readonly database: 'postgres';
  /** The temporary folder holding its data, log and socket; deleted by `stop`. */
  readonly directory: string;
  /** Ends the server and deletes its folder; a second call does nothing. */
  stop(): Promise<void>;
  stopSync(): void;
}

/** The folder of PostgreSQL's server binaries (CAPKIT_PG_BIN, pg_config, /usr/lib/postgresql). */
export function postgresBinDir(env?: Record<string, string | undefined>): string;

/** Starts a private server on a free loopback port in a temporary folder. */
export function startPostgres(options?: {
  readonly binDir?: string;
  readonly settings?: Readonly<Record<string, string | number>>;
}): Promise<PostgresServer>;
