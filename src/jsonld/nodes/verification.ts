import type { ClaimReview, CorrectionComment } from "schema-dts";
import type { Claim, NewsDocument, Source, Verification } from "../../generated/types.js";
import { defined, kept } from "../defined.js";
import type { NodeIds } from "../ids.js";
import { heading, isEnglish, ref } from "./common.js";
import type { JsonLdOptions } from "../build.js";

/*
 * The nodes of what is verified, each routed by whose statement it checks: the article's own
 * statement is corrected (CorrectionComment), a third party's claim is reviewed (ClaimReview).
 */

/** The corrections of the article and the reviews of others' claims, each in document order. */
export interface VerificationNodes {
  /** CorrectionComments of the article's own statements (none for a confirmed one). */
  readonly corrections: CorrectionComment[];
  /** ClaimReviews of claims that someone other than the article makes, whatever the rating. */
  readonly reviews: ClaimReview[];
}

/**
 * What is verified of the article's own statements corrects the article; what is verified of
 * someone else's claim reviews that claim (ClaimReview), whatever the rating.
 *
 * @example
 * ```ts
 * verificationNodes(doc.verifications ?? [], doc, ids, sources).corrections[0]?.["@type"]; // => "CorrectionComment"
 * ```
 */
export function verificationNodes(
  verifications: readonly Verification[],
  doc: NewsDocument,
  ids: NodeIds,
  sources: ReadonlyMap<string, Source>,
  ratingWords: JsonLdOptions["ratingWords"] = {},
): VerificationNodes {
  const corrections: CorrectionComment[] = [];
  const reviews: ClaimReview[] = [];
  // A rating's words: the caller's, in the document's language, else ours, which are English: a
  // document in another language gets none of ours (see below). Made once per rating.
  const english = isEnglish(doc.language);
  const headings = new Map<string, string>();
  const rated = (rating: Verification["rating"]) => {
    const given = ratingWords[rating];
    if (given !== undefined) return given;
    if (!english) return undefined;
    let words = headings.get(rating);
    if (words === undefined) headings.set(rating, (words = heading(rating)));
    return words;
  };
  for (const v of verifications) {
    const claim = claimOf(v, doc);
    // Google requires a ClaimReview's rating in words (reviewRating.alternateName, shown in the
    // results): without words in the document's language, no ClaimReview rather than an invalid one.
    if (claim) {
      const words = rated(v.rating);
      if (words !== undefined) reviews.push(claimReviewNode(v, claim, doc, ids, words));
    } else if (v.rating !== "confirmed") corrections.push(correctionNode(v, doc, ids, sources, rated, english));
  }
  return { corrections, reviews };
}

/** The node a verification's target denotes, when it is one of the graph's nodes. */
function correctedNode(verification: Verification, doc: NewsDocument, ids: NodeIds): string | undefined {
  const m = /^\/(events|entities|quotes)\/(\d+)(?:\/|$)/.exec(verification.target);
  if (!m) return verification.target === "/headline" ? ids.article : undefined;
  const part = m[1] as "events" | "entities" | "quotes";
  const item = doc[part]?.[Number(m[2])];
  return (
    item && (part === "entities" ? ids.entity(item.id) : ids.local(part === "events" ? "event" : "quote", item.id))
  );
}

/** The claim a verification checks, when someone other than the article makes it. */
function claimOf(verification: Verification, doc: NewsDocument): Claim | undefined {
  // Most targets are not claims: no pattern run (and no match array) for them.
  const m = verification.target.startsWith("/claims/") ? /^\/claims\/(\d+)(?:\/|$)/.exec(verification.target) : null;
  const claim = m ? doc.claims?.[Number(m[1])] : undefined;
  return claim?.claimant === undefined ? undefined : claim;
}

/** A verification of a third party's claim: schema.org's ClaimReview, rated in words. */
function claimReviewNode(
  verification: Verification,
  claim: Claim,
  doc: NewsDocument,
  ids: NodeIds,
  rating: string,
): ClaimReview {
  return defined({
    "@type": "ClaimReview",
    "@id": ids.local("review", verification.id),
    url: doc.url,
    claimReviewed: claim.text,
    itemReviewed: { "@type": "Claim", author: ref(ids.entity(claim.claimant as string)) },
    reviewRating: { "@type": "Rating", alternateName: rating },
    reviewBody: verification.verified?.text ?? verification.note,
    author: ref(ids.publisher),
    datePublished: verification.checked,
  } as const);
}

/** A correction of the article's own statement: what was stated, what is verified, the sources that say so. */
function correctionNode(
  verification: Verification,
  doc: NewsDocument,
  ids: NodeIds,
  sources: ReadonlyMap<string, Source>,
  rated: (rating: Verification["rating"]) => string | undefined,
  english: boolean,
): CorrectionComment {
  const about = correctedNode(verification, doc, ids);
  const rating = rated(verification.rating);
  const citations: string[] = [];
  for (const id of verification.sources ?? []) {
    const url = sources.get(id)?.url;
    if (url !== undefined) citations.push(url);
  }
  const node: Record<string, unknown> = {
    "@type": "CorrectionComment",
    "@id": ids.local("correction", verification.id),
    // In a document in another language, what the article stated, in its words, without ours
    // (nor our typography around the caller's words).
    name: rating === undefined || !english ? verification.stated : `${rating}: “${verification.stated}”`,
  };
  // Each property stored under its own name: see `kept`.
  const text = verification.verified?.text ?? verification.note ?? rating;
  if (kept(text)) node["text"] = text;
  const aboutRef = about && ref(about);
  if (kept(aboutRef)) node["about"] = aboutRef;
  const checked = verification.checked;
  if (kept(checked)) node["dateCreated"] = checked;
  if (citations.length > 0) node["citation"] = citations;
  return node as unknown as CorrectionComment;
}
