import { isEd25519Jwk, type BadgeVerificationKey } from './keys.js';

// Declared here rather than taken from the untyped library, so that the published types name
// nothing a user's compiler cannot find (the library's own shape is in vendor.d.ts).
/** What a JSON-LD document loader returns for one URL. */
export interface RemoteDocument {
  readonly contextUrl: string | null;
  readonly documentUrl: string;
  readonly document: unknown;
}

/** A JSON-LD document loader, as `jsonld` and Digital Bazaar's `vc` library call it. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Thrown inside the loader for a URL it does not serve; `verifyBadge` reports it as a reason. */
export class BadgeDocumentNotServed extends Error {
  override readonly name = 'BadgeDocumentNotServed';
  readonly url: string;
  constructor(url: string) {
    super(
      `"${url}" is not served offline: the badge loader fetches nothing from the network. ` +
        'Pass your own documentLoader to allow other documents.',
    );
    this.url = url;
  }
}

const multikeyContext = 'https://w3id.org/security/multikey/v1';
// A controller document whose first context is the DID context is read as it is (jsonld-signatures
// skips framing it), so the DID context itself never has to be loaded.
const didContext = 'https://www.w3.org/ns/did/v1';

/**
 * A JSON-LD document loader that works with no network: it serves the VC 2.0 context, the
 * Data Integrity contexts, the Open Badges 3.0 contexts (3.0.0 to 3.0.3, from the DCC's package),
 * and, for each Ed25519 key given, its `Multikey` verification method and a controller document
 * naming it under `assertionMethod`. Any other URL is refused with {@link BadgeDocumentNotServed}.
 */
export function badgeDocumentLoader(keys: readonly BadgeVerificationKey[]): DocumentLoader {
  let served: Promise<Map<string, unknown>> | undefined;
  const controllers = new Map<string, string[]>();
  const methods = new Map<string, BadgeVerificationKey>();
  for (const key of keys) {
    if (!isEd25519Jwk(key.publicKeyJwk)) continue;
    methods.set(key.id, key);
    controllers.set(key.controller, [...(controllers.get(key.controller) ?? []), key.id]);
  }
  return async (url: string): Promise<RemoteDocument> => {
    const answer = (document: unknown): RemoteDocument => ({
      contextUrl: null,
      documentUrl: url,
      document,
    });
    served ??= import('./contexts.js').then((module) => module.servedContexts());
    const context = (await served).get(url);
    if (context !== undefined) return answer(context);
    const method = methods.get(url);
    if (method !== undefined) {
      const { fromJwk } = await import('@digitalbazaar/ed25519-multikey');
      const pair = await fromJwk({ jwk: method.publicKeyJwk });
      return answer({
        '@context': multikeyContext,
        id: method.id,
        type: 'Multikey',
        controller: method.controller,
        publicKeyMultibase: pair.publicKeyMultibase,
      });
    }
    const assertionMethod = controllers.get(url);
    if (assertionMethod !== undefined) {
      return answer({ '@context': didContext, id: url, assertionMethod });
    }
    throw new BadgeDocumentNotServed(url);
  };
}
