import { COMMON_PASSWORDS_TEXT } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 12;
// Long passphrases are welcome; the cap only bounds the cost of hashing a hostile input.
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set(
  COMMON_PASSWORDS_TEXT.split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
);

/** Translation keys under "Auth.passwordPolicy". */
export type PasswordProblem = "tooShort" | "tooLong" | "common" | "containsEmail" | "tooSimple";

/**
 * Length first (NIST SP 800-63B): no composition rules, but refuse passwords attackers try
 * first — listed ones, listed ones padded with digits or symbols, one repeated character or
 * a short repeated pattern, and ones that contain the account's own address.
 */
export function checkPasswordPolicy(password: string, email?: string): PasswordProblem[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return ["tooShort"];
  if (length > PASSWORD_MAX_LENGTH) return ["tooLong"];
  const problems: PasswordProblem[] = [];
  const lower = password.toLowerCase().normalize("NFKC");
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const lettersOnly = lower.replace(/[^\p{L}\p{N}]/gu, "");
  if (COMMON.has(lower) || COMMON.has(core) || COMMON.has(lettersOnly) || isRepeatOfCommon(lettersOnly)) {
    problems.push("common");
  }
  if (new Set(lower).size < 5 || /^(.{1,4})\1+$/u.test(lower) || isSequence(lettersOnly)) problems.push("tooSimple");
  const localPart = email?.split("@")[0]?.toLowerCase() ?? "";
  if (localPart.length >= 3 && lower.includes(localPart)) problems.push("containsEmail");
  return problems;
}

function isRepeatOfCommon(text: string): boolean {
  for (let size = 3; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) {
      return COMMON.has(text.slice(0, size));
    }
  }
  return false;
}

const SEQUENCES = [
  "0123456789012345678901234567890",
  "abcdefghijklmnopqrstuvwxyz",
  "qwertyuiopasdfghjklzxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
];

/** Runs of a keyboard row or the alphabet, forwards or backwards ("123456789012", "zyxwvuts…"). */
function isSequence(text: string): boolean {
  if (text.length < 6) return false;
  return SEQUENCES.some((sequence) => {
    const backwards = [...sequence].reverse().join("");
    return sequence.includes(text) || backwards.includes(text);
  });
}
