import type { en } from "./messages/en";

/** The English catalogue with its literal strings widened: every locale must match its shape. */
export type DeepStringify<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : DeepStringify<T[K]>;
};

export type Messages = DeepStringify<typeof en>;

/** CLDR plural categories; a plural message is a set of sibling keys `name_one`, `name_other`... */
export type PluralCategory = Intl.LDMLPluralRule;

type Catalogue = typeof en;

type LeafPaths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type RawKey = LeafPaths<Catalogue>;
type PluralForm = `${string}_${PluralCategory}`;
type PluralBase<K> = K extends `${infer Base}_${PluralCategory}` ? Base : never;

/** Every dotted path to a message; plural families appear once, without their `_one`/`_other` suffix. */
export type MessageKey = Exclude<RawKey, PluralForm> | PluralBase<RawKey>;

type ValueAt<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ValueAt<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type VarNames<K extends MessageKey> = K extends RawKey
  ? Placeholders<ValueAt<Catalogue, K>>
  : "count" | Placeholders<ValueAt<Catalogue, Extract<RawKey, `${K}_${PluralCategory}`>>>;

/** Values for a message's `{placeholders}`; `count` (which also picks the plural form) must be a number. */
export type MessageVars<K extends MessageKey> = {
  readonly [N in VarNames<K>]: N extends "count" ? number : string | number;
};

export type TranslateArgs<K extends MessageKey> = [VarNames<K>] extends [never] ? [] : [vars: MessageVars<K>];

/** Keys whose message takes no variables: handy for tables of labels (`t(item.labelKey)`). */
export type PlainMessageKey = { [K in MessageKey]: [VarNames<K>] extends [never] ? K : never }[MessageKey];

/** Loose variables, for `translate()` and keys only known at run time. */
export type TranslationVars = Readonly<Record<string, string | number>>;

/** `t("nav.library")`, `t("auth.signedInAs", { name })`, `t("common.imageCount", { count: 3 })`. */
export type Translator = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;
