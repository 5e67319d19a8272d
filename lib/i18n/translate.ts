import type { Locale } from "./locales";
import { DEFAULT_LOCALE } from "./locales";
import type { MessageKey, Messages, PluralCategory, TranslateArgs, TranslationVars, Translator } from "./types";

type Node = string | { readonly [key: string]: Node };

function lookup(messages: Messages, path: string): Node | undefined {
  let node: Node | undefined = messages as unknown as Node;
  for (const part of path.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return node;
}

function leaf(messages: Messages, path: string): string | undefined {
  const node = lookup(messages, path);
  return typeof node === "string" ? node : undefined;
}

function pickPlural(messages: Messages, key: string, count: number, locale: Locale): string | undefined {
  const category: PluralCategory = new Intl.PluralRules(locale).select(count);
  // `other` is the one form every family has; e.g. French "many" (1 000 000) falls back to it.
  return leaf(messages, `${key}_${category}`) ?? leaf(messages, `${key}_other`);
}

/** Replaces `{name}` with `vars.name`; numbers are formatted for the locale, unknown names stay visible. */
export function interpolate(template: string, vars: TranslationVars | undefined, locale: Locale): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/**
 * Looks a message up and fills its placeholders. A plural family (`key_one`, `key_other`) is
 * chosen with `vars.count` and the locale's plural rules. A missing key returns the key itself,
 * so a gap shows up on screen instead of crashing the page.
 */
export function translate(
  messages: Messages,
  key: MessageKey,
  vars?: TranslationVars,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const direct = leaf(messages, key);
  const count = vars?.count;
  const template = direct ?? (typeof count === "number" ? pickPlural(messages, key, count, locale) : undefined);
  return template === undefined ? key : interpolate(template, vars, locale);
}

/** A typed `t` bound to one locale's messages (used by the server helper and the client provider). */
export function bindTranslator(locale: Locale, messages: Messages): Translator {
  return <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) =>
    translate(messages, key, args[0] as TranslationVars | undefined, locale);
}

/** True when `key` names a message; narrows keys that arrive at run time (error codes, settings). */
export function hasMessage(messages: Messages, key: string): key is MessageKey {
  return leaf(messages, key) !== undefined || leaf(messages, `${key}_other`) !== undefined;
}
