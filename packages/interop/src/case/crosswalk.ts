import { readCapkitExtension } from './capkitExtension.js';
import type { CaseAssociation } from './schemas/association.js';
import type { CaseItem } from './schemas/item.js';
import type { CasePackage } from './schemas/package.js';
import type { CaseAssociationType, CaseLinkGenUri } from './schemas/primitives.js';

/** One association that relates the item asked about to another node. */
export interface CrosswalkMatch {
  readonly associationType: CaseAssociationType;
  /** `origin` when the item asked about is the association's origin, else `destination`. */
  readonly side: 'origin' | 'destination';
  /** The other end, as the association names it. */
  readonly node: CaseLinkGenUri;
  /** The other end's item, when one of the packages holds it. */
  readonly item?: CaseItem;
  /** Identifier of the document of the package that holds the association. */
  readonly heldBy: string;
  readonly association: CaseAssociation;
}

/** Which associations {@link Crosswalk.matchesOf} returns. */
export interface CrosswalkQuery {
  /** Association types to return. @default every type but `isChildOf` (the tree) */
  readonly types?: readonly CaseAssociationType[];
}

/** Associations across several frameworks, asked about by item. */
export interface Crosswalk {
  /**
   * The associations with `itemIdOrUri` at either end: named by CASE identifier, by `uri`, or
   * by the capkit id the item was exported from. Both directions are returned, with `side`
   * saying which end the item is, in the order the packages and their associations were given.
   */
  matchesOf(itemIdOrUri: string, query?: CrosswalkQuery): CrosswalkMatch[];
}

/**
 * Indexes the associations of `packages` — `exactMatchOf`, `isRelatedTo` and the rest, across
 * frameworks — so that they can be asked about by item. An association may be held by either
 * framework's package, or by a third one that holds only the crosswalk.
 */
export function crosswalk(packages: readonly CasePackage[]): Crosswalk {
  const aliases = new Map<string, string>();
  const items = new Map<string, CaseItem>();
  for (const pkg of packages) {
    for (const item of pkg.CFItems ?? []) {
      const canonical = item.identifier.toLowerCase();
      items.set(canonical, item);
      aliases.set(canonical, canonical);
      aliases.set(item.uri, canonical);
      const capkitId = readCapkitExtension(item.extensions).id;
      if (capkitId !== undefined && !aliases.has(capkitId)) aliases.set(capkitId, canonical);
    }
  }
  const canonicalOf = (name: string): string =>
    aliases.get(name) ?? aliases.get(name.toLowerCase()) ?? name.toLowerCase();
  const endOf = (node: CaseLinkGenUri): string =>
    aliases.get(node.identifier.toLowerCase()) ??
    aliases.get(node.uri) ??
    node.identifier.toLowerCase();

  const byNode = new Map<
    string,
    { association: CaseAssociation; side: 'origin' | 'destination'; heldBy: string }[]
  >();
  const add = (
    node: string,
    entry: { association: CaseAssociation; side: 'origin' | 'destination'; heldBy: string },
  ) => {
    const list = byNode.get(node);
    if (list === undefined) byNode.set(node, [entry]);
    else list.push(entry);
  };
  for (const pkg of packages) {
    for (const association of pkg.CFAssociations ?? []) {
      const heldBy = pkg.CFDocument.identifier;
      const origin = endOf(association.originNodeURI);
      const destination = endOf(association.destinationNodeURI);
      add(origin, { association, side: 'origin', heldBy });
      if (destination !== origin) add(destination, { association, side: 'destination', heldBy });
    }
  }

  return {
    matchesOf(itemIdOrUri, query = {}) {
      const wanted = query.types === undefined ? undefined : new Set<string>(query.types);
      return (byNode.get(canonicalOf(itemIdOrUri)) ?? [])
        .filter(({ association }) =>
          wanted === undefined
            ? association.associationType !== 'isChildOf'
            : wanted.has(association.associationType),
        )
        .map(({ association, side, heldBy }) => {
          const node =
            side === 'origin' ? association.destinationNodeURI : association.originNodeURI;
          const item = items.get(endOf(node));
          return {
            associationType: association.associationType,
            side,
            node,
            ...(item === undefined ? {} : { item }),
            heldBy,
            association,
          };
        });
    },
  };
}
