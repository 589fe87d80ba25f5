/**
 * A feature's strings, Chinese first. The English half must have exactly the Chinese keys: a missing
 * or extra key is a compile error here, in the feature's own file.
 */
export function defineMessages<Z extends Record<string, string>>(messages: {
  zhCN: Z;
  en: NoInfer<{ [K in keyof Z]: string }>;
}): { zhCN: Z; en: Record<keyof Z, string> } {
  return messages;
}
