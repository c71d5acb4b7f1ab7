import { z } from "zod";

/**
 * A column of a CSV table, defined once: the zod schema that parses the raw cell
 * text (the TypeScript type is inferred from it) and the Frictionless field
 * descriptor written to data/datapackage.json. Keeping both in one object is what
 * lets a test prove that the descriptor and the validation agree.
 */
export interface Field<T extends z.ZodTypeAny = z.ZodTypeAny> {
  schema: T;
  descriptor: FieldDescriptor;
  /** Cell holds ids separated by ";" that must exist in another table. */
  listOf?: { resource: string; field: string };
}

/** The subset of the Frictionless Table Schema field descriptor this project uses. */
export interface FieldDescriptor {
  type: "string" | "integer" | "number" | "date";
  format?: string;
  description: string;
  constraints: {
    required: boolean;
    unique?: boolean;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

/** A column whose cell text parses to a T. */
export type CellField<T> = Field<z.ZodType<T, z.ZodTypeDef, string>>;

export const ID_PATTERN = "^[a-z0-9][a-z0-9_.-]*$";
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const nonEmpty = z.string().min(1, { message: "is required (the cell is empty)" });

export function text(description: string): CellField<string> {
  return { schema: nonEmpty, descriptor: { type: "string", description, constraints: { required: true } } };
}

export function id(description: string, options: { unique?: boolean } = {}): CellField<string> {
  return {
    schema: nonEmpty.regex(new RegExp(ID_PATTERN), { message: `must be an id matching ${ID_PATTERN}` }),
    descriptor: {
      type: "string",
      description,
      constraints: { required: true, pattern: ID_PATTERN, ...(options.unique ? { unique: true } : {}) },
    },
  };
}

export function oneOf<const V extends readonly [string, ...string[]]>(values: V, description: string): Field<z.ZodEnum<[V[number], ...V[number][]]>> {
  const schema = z.enum(values as unknown as [V[number], ...V[number][]], {
    errorMap: () => ({ message: `must be one of: ${values.join(", ")}` }),
  });
  return { schema, descriptor: { type: "string", description, constraints: { required: true, enum: values } } };
}

export function date(description: string): CellField<string> {
  return {
    schema: nonEmpty.refine(isCalendarDate, { message: "must be a calendar date YYYY-MM-DD" }),
    descriptor: { type: "date", format: "%Y-%m-%d", description, constraints: { required: true } },
  };
}

/** A date known to the year, month or day (publication dates of sources). */
export function partialDate(description: string): CellField<string> {
  return {
    schema: nonEmpty.regex(new RegExp(PARTIAL_DATE_PATTERN), { message: "must be YYYY, YYYY-MM or YYYY-MM-DD" }),
    descriptor: { type: "string", description, constraints: { required: true, pattern: PARTIAL_DATE_PATTERN } },
  };
}

export function integer(description: string, range: { minimum?: number; maximum?: number } = {}): CellField<number> {
  return {
    schema: numericCell(/^-?\d+$/, "must be a whole number", range),
    descriptor: { type: "integer", description, constraints: { required: true, ...range } },
  };
}

export function number(description: string, range: { minimum?: number; maximum?: number } = {}): CellField<number> {
  return {
    schema: numericCell(/^-?\d+(\.\d+)?$/, "must be a number (digits, optional decimal point)", range),
    descriptor: { type: "number", description, constraints: { required: true, ...range } },
  };
}

function numericCell(shape: RegExp, message: string, range: { minimum?: number; maximum?: number }) {
  return nonEmpty
    .regex(shape, { message })
    .transform(Number)
    .refine((value) => range.minimum === undefined || value >= range.minimum, { message: `must be at least ${range.minimum}` })
    .refine((value) => range.maximum === undefined || value <= range.maximum, { message: `must be at most ${range.maximum}` });
}

/** The ids of an id-list cell as written: separated by ";", none in an empty cell. */
export function splitIdList(cell: string): string[] {
  return cell === "" ? [] : cell.split(";");
}

/** Ids separated by ";", each of which must exist in `resource.field`. An empty cell is an empty list. */
export function idList(description: string, target: { resource: string; field: string }): CellField<string[]> {
  const element = new RegExp(ID_PATTERN);
  return {
    schema: z
      .string()
      .transform(splitIdList)
      .refine((ids) => ids.every((value) => element.test(value)), { message: `must be ids matching ${ID_PATTERN}, separated by ";" without spaces` }),
    descriptor: {
      type: "string",
      description: `${description} (ids of ${target.resource}.${target.field}, separated by ";")`,
      constraints: { required: false, pattern: `^$|^[a-z0-9][a-z0-9_.-]*(;[a-z0-9][a-z0-9_.-]*)*$` },
    },
    listOf: target,
  };
}

/** The same column, but an empty cell is allowed and reads as null. */
export function optional<T extends z.ZodTypeAny>(field: Field<T>): CellField<z.output<T> | null> {
  return {
    ...field,
    // A transform rather than a union, so that a bad non-empty value keeps the inner rule's message.
    schema: z.string().transform((cell, context): z.output<T> | null => {
      if (cell === "") return null;
      const parsed = field.schema.safeParse(cell);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) context.addIssue({ code: z.ZodIssueCode.custom, message: issue.message });
      return z.NEVER;
    }),
    descriptor: { ...field.descriptor, constraints: { ...field.descriptor.constraints, required: false } },
  };
}

export const CONFIDENCE = ["high", "medium", "low"] as const;
export const confidence = () =>
  oneOf(CONFIDENCE, "high: stated by a reliable source and checked; medium: one source, or sources differ in detail; low: uncertain, approximate or disputed (the note says why)");
