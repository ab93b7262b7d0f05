// What people call 211 about, month by month, in Québec (1 = January). Weights are relative
// shares of a call's main need; the seasons the issue names are there: food and Christmas
// baskets in December, income-tax clinics in March–April, housing around moving day
// (July 1), heating help in winter.

export const ROOT_NEEDS: Record<string, number> = {
  FOOD: 16,
  HOUSING: 12,
  INCOME: 11,
  HEALTH: 8,
  MENTAL: 8,
  SENIORS: 6,
  FAMILY: 5,
  LEGAL: 5,
  EMPLOYMENT: 4,
  TRANSPORT: 4,
  GOODS: 4,
  ADDICTION: 3,
  DISABILITY: 3,
  IMMIGRATION: 3,
  VIOLENCE: 3,
  HOMELESS: 3,
  YOUTH: 2,
  EDUCATION: 2,
  VOLUNTEER: 1,
};

/** Seasonal peaks: [need code (root or precise term), multiplier by month 1–12]. */
export const SEASONAL: [string, number[]][] = [
  ["FOOD.BANK.HOLIDAY", [0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 2.5, 6]],
  ["FOOD", [1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.1, 1.4, 2.2]],
  ["INCOME.TAX", [0.3, 1.5, 5, 5, 0.6, 0.1, 0, 0, 0, 0, 0, 0.1]],
  ["HOUSING.SEARCH", [0.4, 0.5, 0.7, 1.2, 2.5, 4.5, 5, 1.2, 0.6, 0.5, 0.4, 0.4]],
  ["HOUSING", [1, 1, 1, 1.1, 1.5, 2.2, 2.4, 1.1, 1, 1, 1, 1]],
  ["INCOME.ENERGY", [4, 3.5, 2, 0.8, 0.1, 0, 0, 0, 0.1, 0.8, 2.5, 4]],
  ["HOUSING.SHELTER.WINTER", [3, 3, 1.5, 0.3, 0, 0, 0, 0, 0, 0.3, 2, 3]],
];

/** Calls per weekday relative to the average (the line answers Monday to Friday). */
export const MONTH_VOLUME = [1.05, 1, 1.05, 1.05, 0.95, 1, 1.1, 0.85, 0.95, 1, 1.05, 1.15];

/** Calls by hour of the day, 9:00 to 17:00 (the line's hours). */
export const HOUR_WEIGHTS: [number, number][] = [
  [9, 9],
  [10, 14],
  [11, 13],
  [12, 8],
  [13, 12],
  [14, 13],
  [15, 12],
  [16, 10],
  [17, 6],
];

export const LANGUAGES: [string, number][] = [
  ["fr", 87.5],
  ["en", 9],
  ["es", 1.5],
  ["ar", 1.2],
  ["other", 0.8],
];

export const AGE_GROUPS: [string, number][] = [
  ["age_0_17", 4],
  ["age_18_29", 17],
  ["age_30_49", 31],
  ["age_50_64", 23],
  ["age_65_plus", 18],
  ["unknown", 7],
];

export const HOW_HEARD: [string | null, number][] = [
  [null, 40],
  ["previous_call", 18],
  ["family_friends", 12],
  ["community_organization", 10],
  ["health_network", 8],
  ["government", 5],
  ["internet", 5],
  ["media", 2],
];

export const NOTES = [
  "Rappeler si la ressource ne répond pas.",
  "Famille de 4, besoin urgent cette semaine.",
  "Appelant déjà connu de l'organisme.",
  "Préfère un service en personne.",
  "Caller prefers English services.",
];
