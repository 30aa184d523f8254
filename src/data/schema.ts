/**
 * The dataset's shape (dataset.md, schema version 1), the single source of truth for its
 * types and for `data/dataset.schema.json`. Rules that need the whole document (references,
 * unique ids) are in `dataset-rules.ts`.
 *
 * The widgets never run zod: `scripts/build-validator.ts` turns this schema into plain functions
 * (`validate-shape.generated.ts`) that report the same issues. zod runs here only in Node: the
 * command-line tool, the scripts and the tests.
 */
import * as z from 'zod/mini';
import { isPartialDate, partialDatePatternSource } from './partial-date.js';
import {
  dateQualifiers,
  hasEntries,
  implementationStatuses,
  isSafeUrl,
  limits,
  ratingValues,
  responses,
  supportedSchemaVersion,
  verificationStatuses,
  type RuleName,
} from './schema-values.js';
import { languageTagPattern } from './text.js';

// The values the schema is built from live in a module without zod (the widgets import them
// from there); re-exported here so that the schema's users find them in one place.
export * from './schema-values.js';

// Before any schema is built: zod probes the Function constructor to compile fast parsers, and a
// page with a strict Content-Security-Policy (no 'unsafe-eval') reports that probe as a
// violation even though zod catches it. Without the compiled parsers validation is about 8%
// slower (measured at 100,000 incidents), and never touches eval. The widgets no longer run
// zod (they run `validate-shape.generated.ts`); the CLI, the scripts and the differential test
// do, with the same settings the browser had.
z.config({ jitless: true });

// Each check names its rule as its message, so that `dataset-issues.ts` can word it in the
// reader's language (zod/mini ships no messages of its own).
// Null-prototype params: zod reads `message` and `error` from them, and a page that polluted
// Object.prototype with either before this module loaded would otherwise break the schema.
const rule = (name: RuleName) => Object.assign(Object.create(null) as object, { error: name });

const boundedString = (max: number) => z.string().check(z.maxLength(max));

export const IdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(limits.id), z.regex(/\S/, rule('blank-id')));

const LineSchema = boundedString(limits.line).check(z.minLength(1));

const LanguageTagSchema = z.string().check(z.regex(languageTagPattern, rule('language-tag')));

/** A string, or an object of language tag to string with at least one entry. */
const localized = <T extends z.ZodMiniType<string>>(item: T) =>
  z.union([
    item,
    z.record(LanguageTagSchema, item).check(z.refine(hasEntries, rule('empty-text'))),
  ]);

/** `Text`: one line in one or more languages. */
export const TextSchema = localized(LineSchema);
/** A short paragraph of plain text (never HTML) in one or more languages. */
const ParagraphSchema = localized(boundedString(limits.paragraph));

export const PartialDateSchema = z
  .string()
  .check(
    z.regex(new RegExp(partialDatePatternSource), rule('date-format')),
    z.refine(isPartialDate, rule('real-date')),
  );

export const UrlSchema = boundedString(limits.url).check(z.refine(isSafeUrl, rule('url')));

const ColorSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, rule('color')));

const idList = (min: number) =>
  z.array(IdSchema).check(z.minLength(min), z.maxLength(limits.records));
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(limits.records));

export const SourceSchema = z.object({
  id: IdSchema,
  publisher: LineSchema,
  title: z.optional(TextSchema),
  url: z.optional(UrlSchema),
  published: z.optional(PartialDateSchema),
});

export const CategorySchema = z.object({
  id: IdSchema,
  label: TextSchema,
  color: z.optional(ColorSchema),
});

export const RegionSchema = z.object({ id: IdSchema, name: TextSchema });

export const CoordinatesSchema = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);

export const PlaceSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  regionId: IdSchema,
  coordinates: z.optional(CoordinatesSchema),
  /** What a reader should know of the place: a changed border, a former name. */
  note: z.optional(ParagraphSchema),
});

const countSchema = z.int().check(z.gte(0));

/** A number of people the source gives: exactly, at least `min`, or between `min` and `max`. */
export const PeopleSchema = z.union([
  countSchema,
  z.object({ min: countSchema, max: z.optional(countSchema) }),
]);

export const IncidentSchema = z.object({
  id: IdSchema,
  /** Left out when the source gives no date: such incidents are counted, never dropped. */
  date: z.optional(PartialDateSchema),
  dateQualifier: z.optional(z.enum(dateQualifiers)),
  endDate: z.optional(PartialDateSchema),
  title: TextSchema,
  summary: z.optional(ParagraphSchema),
  categoryIds: idList(1),
  regionId: z.optional(IdSchema),
  placeId: z.optional(IdSchema),
  peopleAffected: z.optional(PeopleSchema),
  verification: z.optional(z.enum(verificationStatuses)),
  outcomes: z.optional(
    z
      .array(boundedString(limits.tag).check(z.minLength(1)))
      .check(z.maxLength(limits.tagsPerRecord)),
  ),
  sourceIds: idList(1),
});

export const RecommendationSchema = z.object({
  id: IdSchema,
  text: ParagraphSchema,
  themeIds: idList(0),
  recommendingStates: z.optional(z.array(LineSchema).check(z.maxLength(limits.tagsPerRecord * 4))),
  response: z.enum(responses),
  implementation: z.optional(z.enum(implementationStatuses)),
  sourceIds: idList(0),
});

export const ReviewSchema = z.object({
  id: IdSchema,
  mechanism: TextSchema,
  body: TextSchema,
  date: PartialDateSchema,
  /** Extension: a sentence on what the review or resolution is, shown with its recommendations. */
  summary: z.optional(ParagraphSchema),
  cycle: z.optional(z.int().check(z.gte(1))),
  recommendationCount: z.optional(z.int().check(z.gte(0))),
  sourceIds: idList(0),
  recommendations: list(RecommendationSchema),
});

export const DatasetSchema = z.object({
  schemaVersion: z.literal(supportedSchemaVersion),
  id: IdSchema,
  title: TextSchema,
  description: z.optional(ParagraphSchema),
  updated: PartialDateSchema,
  country: z.object({
    code: z.string().check(z.regex(/^[A-Z]{2}$/, rule('country-code'))),
    name: TextSchema,
  }),
  rating: z.optional(
    z.object({ value: z.enum(ratingValues), scale: LineSchema, sourceIds: idList(0) }),
  ),
  sources: list(SourceSchema).check(z.minLength(1)),
  categories: list(CategorySchema),
  regions: list(RegionSchema),
  places: list(PlaceSchema),
  incidents: list(IncidentSchema),
  themes: list(z.object({ id: IdSchema, label: TextSchema })),
  reviews: list(ReviewSchema),
});

export type Dataset = z.infer<typeof DatasetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Incident = z.infer<typeof IncidentSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type Theme = Dataset['themes'][number];
export type RatingValue = (typeof ratingValues)[number];
export type Response = (typeof responses)[number];
export type ImplementationStatus = (typeof implementationStatuses)[number];
export type DateQualifier = (typeof dateQualifiers)[number];
export type Verification = (typeof verificationStatuses)[number];
export type People = z.infer<typeof PeopleSchema>;
