import type { CompetencyFramework } from '@capkit/model';
import type { PackageSources } from './readPackage.js';
import type { CaseLinkUri } from './schemas/primitives.js';
import { uuidV5 } from '../shared/uuidV5.js';
import { capkitCaseNamespace } from './caseNamespace.js';

/** What the parts of an export share. */
export interface ExportContext {
  readonly framework: CompetencyFramework;
  /** What importing `base` gave, when there is a base. */
  readonly derived:
    { readonly framework: CompetencyFramework; readonly sources: PackageSources } | undefined;
  /** `lastChangeDateTime` of what is new. */
  readonly stamp: string;
  /** `lastChangeDateTime` of what changed, when the caller gave one; else the old one stays. */
  readonly restamp: string | undefined;
  /** Language CASE fields are written in. */
  readonly language: string;
  readonly uriOf: (identifier: string) => string;
  /** The CASE identifier of a capkit object: the one it was imported from, else minted. */
  readonly identifierOf: (kind: 'area' | 'competency' | 'scale', id: string) => string;
  /** Item types new items link to; only a new package defines them. */
  readonly itemTypes: { readonly area: CaseLinkUri; readonly competency: CaseLinkUri } | undefined;
}

const uuidPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Whether a capkit id can serve as a CASE identifier as it is. */
export function isCaseUuid(id: string): boolean {
  return uuidPattern.test(id);
}

/**
 * The identifier capkit mints for a capkit object without one: the id itself when it is a
 * UUID, else the v5 UUID of `<frameworkId>:<kind>:<id>` in {@link capkitCaseNamespace}.
 */
export function mintIdentifier(frameworkId: string, kind: string, id: string): string {
  return isCaseUuid(id) ? id : uuidV5(capkitCaseNamespace, `${frameworkId}:${kind}:${id}`);
}

/** A `LinkURI` to a CASE object. */
export function linkTo(context: ExportContext, identifier: string, title: string): CaseLinkUri {
  return { title, identifier, uri: context.uriOf(identifier) };
}

/** The title a link gives an item: its short statement, else its full one. */
export function titleOf(item: {
  readonly abbreviatedStatement?: string | undefined;
  readonly fullStatement: string;
}): string {
  return item.abbreviatedStatement ?? item.fullStatement;
}
