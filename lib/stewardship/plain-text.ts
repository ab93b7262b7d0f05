/**
 * What the public sends is kept as plain text only: tags and control characters are dropped
 * (line breaks kept), runs of blanks shortened, ends trimmed. Pages escape it anyway; this
 * keeps markup out of the database and out of the emails.
 */
export function plainText(value: string): string {
  return value
    .replace(/<[^>]*>?/g, " ")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}
