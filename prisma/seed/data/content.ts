/**
 * Templates the seed generator combines deterministically to produce
 * thousands of believable, FICTIONAL organizations and services.
 * Municipalities are real (see municipalities.ts); organization names are not.
 *
 * Conventions
 * - "{city}" in a name is replaced by a municipality name, "{area}" by a
 *   neighbourhood (NEIGHBOURHOODS) or an MRC name. Use fillTemplate() to get
 *   French contractions right ("de Les Etchemins" -> "des Etchemins").
 * - A service template with englishMissing: true has every `en` string empty
 *   (""): the inserter should store no English text for it so the UI shows
 *   the French version with its "French only" marker. Every other template has
 *   non-empty English everywhere.
 * - `weight` (optional) is a relative frequency hint for the generator:
 *   3 = found in almost every town (food banks), 0.5 = a few per region.
 */

export type Bilingual = { fr: string; en: string };

export type HoursPattern = "office" | "evening" | "weekend" | "twentyfourseven" | "split" | "overnight" | "appointment";

export type ServiceTemplateSeed = {
  names: Bilingual[];
  /** 2+ variants, concrete (what, for whom, how) */
  descriptions: Bilingual[];
  taxonomyCodes: string[];
  eligibility?: Bilingual;
  clientele?: Bilingual;
  ageMin?: number;
  ageMax?: number;
  free: boolean;
  fees?: Bilingual;
  applicationProcess: Bilingual;
  requiredDocuments?: Bilingual[];
  /**
   * Weekly hours pattern key: "office" (Mon–Fri 8:30–12, 13–16:30), "evening",
   * "weekend", "twentyfourseven", "split", "overnight" (e.g. 21:00–07:00
   * shelter), "appointment".
   */
  hours: HoursPattern;
  /** ISO 639-1 codes */
  languages: string[];
  /** no English translation: all `en` strings of this template are "" */
  englishMissing?: boolean;
};

export type OrgKindSeed = {
  key: string;
  /** Name patterns; "{city}" is replaced by a municipality name, "{area}" by a neighbourhood/MRC name. */
  names: Bilingual[];
  /** 2+ variants, 2–3 sentences each */
  descriptions: Bilingual[];
  /** which TAXONOMY codes its services use (must exist) */
  taxonomyCodes: string[];
  /** 2–6 per kind */
  services: ServiceTemplateSeed[];
  /** optional relative frequency hint for the generator (default 1) */
  weight?: number;
};

const b = (fr: string, en: string): Bilingual => ({ fr, en });
/** French-only text, for templates flagged englishMissing. */
const f = (fr: string): Bilingual => ({ fr, en: "" });

/** Common document lists. */
const DOC_ID = b("Pièce d'identité avec photo", "Photo ID");
const DOC_ADDRESS = b(
  "Preuve de résidence récente (bail, compte d'électricité)",
  "Recent proof of address (lease, electricity bill)",
);
const DOC_INCOME = b(
  "Preuve de revenu (talon de chèque, relevé d'aide sociale ou de prestations)",
  "Proof of income (pay stub, social assistance or benefits statement)",
);
const DOC_RAMQ = b("Carte d'assurance maladie", "Health insurance card (RAMQ)");
const DOC_TAX = b(
  "Relevés et feuillets fiscaux de l'année (T4, relevé 1, relevé 31, etc.)",
  "Tax slips for the year (T4, RL-1, RL-31, etc.)",
);
const DOC_NOA = b("Dernier avis de cotisation", "Most recent notice of assessment");
const DOC_IMMIG = b(
  "Documents d'immigration (confirmation de résidence permanente, permis ou document du demandeur d'asile)",
  "Immigration documents (confirmation of permanent residence, permit or refugee claimant document)",
);
const DOC_LEASE = b(
  "Copie du bail et de toute correspondance avec le propriétaire",
  "Copy of the lease and any correspondence with the landlord",
);

const FR = ["fr"];
const FR_EN = ["fr", "en"];

// ─── Alimentation ────────────────────────────────────────────────────────────
const FOOD_KINDS: OrgKindSeed[] = [
  {
    key: "food-bank",
    weight: 3,
    names: [
      b("Comptoir alimentaire de {city}", "{city} Food Bank"),
      b("Le Garde-Manger de {city}", "Le Garde-Manger – {city} Food Bank"),
      b("Entraide alimentaire {area}", "{area} Food Aid"),
      b("La Bonne Assiette de {city}", "La Bonne Assiette – {city} Food Bank"),
    ],
    descriptions: [
      b(
        "Organisme de sécurité alimentaire fondé par des citoyens du milieu, le comptoir accueille chaque semaine des personnes seules, des familles et des aînés qui ont du mal à remplir le frigo. Les denrées proviennent d'épiceries, de producteurs locaux et de la guignolée annuelle. L'accueil se fait sans jugement et dans le respect de la confidentialité.",
        "A food security organization founded by local residents, this food bank welcomes single people, families and seniors who struggle to fill the fridge every week. Food comes from grocery stores, local producers and the annual food drive. Everyone is welcomed without judgment and in confidence.",
      ),
      b(
        "Banque alimentaire communautaire qui offre du dépannage d'urgence et des paniers réguliers aux ménages à faible revenu du secteur. Une équipe de bénévoles trie, emballe et distribue les denrées. L'organisme oriente aussi les gens vers d'autres ressources au besoin.",
        "A community food bank offering emergency help and regular food baskets to low-income households in the area. A team of volunteers sorts, packs and hands out the food. The organization also refers people to other resources when needed.",
      ),
    ],
    taxonomyCodes: ["FOOD.BANK.EMERGENCY", "FOOD.BANK.REGULAR", "FOOD.BANK.HOLIDAY", "FOOD.FRIDGE"],
    services: [
      {
        names: [
          b("Dépannage alimentaire d'urgence", "Emergency food assistance"),
          b("Sac d'épicerie d'urgence", "Emergency grocery bag"),
        ],
        descriptions: [
          b(
            "Remise d'un sac de denrées non périssables, de pain et, selon les arrivages, de fruits, de légumes et de viande pour dépanner une personne ou une famille qui n'a plus rien à manger. Une courte rencontre permet de comprendre la situation et de proposer d'autres ressources.",
            "A bag of non-perishable food, bread and, depending on donations, fruit, vegetables and meat for a person or family who has run out of food. A short meeting helps understand the situation and suggest other resources.",
          ),
          b(
            "Aide alimentaire ponctuelle, habituellement le jour même, pour les ménages qui vivent une urgence : perte d'emploi, chèque en retard, séparation. Le dépannage peut être renouvelé quelques fois par année.",
            "One-time food help from the food bank, usually the same day, for households facing an emergency such as job loss, a late cheque or a separation. Help can be renewed a few times a year.",
          ),
        ],
        taxonomyCodes: ["FOOD.BANK.EMERGENCY"],
        eligibility: b(
          "Ménages à faible revenu résidant sur le territoire desservi.",
          "Low-income households living in the area served.",
        ),
        free: true,
        applicationProcess: b(
          "Téléphoner le matin pour prendre rendez-vous; la remise se fait en après-midi.",
          "Call in the morning to book a time; pick-up is in the afternoon.",
        ),
        requiredDocuments: [DOC_ID, DOC_ADDRESS, DOC_INCOME],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Distribution de paniers hebdomadaires", "Weekly food basket distribution"),
          b("Épicerie communautaire du jeudi", "Thursday community grocery"),
        ],
        descriptions: [
          b(
            "Chaque semaine, les ménages inscrits viennent chercher un panier composé selon la taille de la famille : denrées sèches, produits laitiers, légumes et pain.",
            "Each week, registered households pick up a food bank basket sized to their family: dry goods, dairy, vegetables and bread.",
          ),
          b(
            "Distribution régulière de nourriture aménagée comme une petite épicerie : on choisit soi-même ses produits parmi ce qui est offert cette semaine-là. Réservée aux ménages inscrits à la banque alimentaire.",
            "Regular food distribution set up like a small grocery store: you choose your own items from what is available that week. Open to households registered with the food bank.",
          ),
        ],
        taxonomyCodes: ["FOOD.BANK.REGULAR"],
        eligibility: b(
          "Inscription annuelle obligatoire; revenu sous le seuil établi par l'organisme.",
          "Yearly registration required; income below the threshold set by the organization.",
        ),
        free: false,
        fees: b(
          "Contribution de 3 $ par panier; personne n'est refusé faute d'argent.",
          "$3 per basket; no one is turned away for lack of money.",
        ),
        applicationProcess: b(
          "Se présenter à une séance d'inscription avec les documents demandés; la première distribution suit dans la semaine.",
          "Attend a registration session with the required documents; the first pick-up follows within a week.",
        ),
        requiredDocuments: [DOC_ID, DOC_ADDRESS, DOC_INCOME],
        hours: "split",
        languages: FR,
      },
      {
        names: [b("Paniers de Noël", "Christmas food baskets"), b("Paniers des Fêtes", "Holiday hampers")],
        descriptions: [
          b(
            "En décembre, les familles et les personnes seules à faible revenu reçoivent un panier de denrées pour les Fêtes, et les enfants de moins de 12 ans, un cadeau. Les paniers sont possibles grâce à la guignolée et aux dons des entreprises de la région.",
            "In December, low-income families and individuals receive a holiday food basket, and children under 12 receive a gift. Baskets are made possible by the annual food drive and donations from local businesses.",
          ),
          b(
            "Inscription à l'automne pour recevoir un panier de Noël : dinde ou tourtière, légumes, desserts et produits de base pour plusieurs jours. La livraison est possible pour les personnes à mobilité réduite.",
            "Sign up in the fall to receive a Christmas basket: turkey or meat pie, vegetables, desserts and staples for several days. Delivery is available for people with reduced mobility.",
          ),
        ],
        taxonomyCodes: ["FOOD.BANK.HOLIDAY"],
        eligibility: b(
          "Ménages à faible revenu du territoire, inscrits avant la date limite (habituellement à la fin de novembre).",
          "Low-income households in the area who register before the deadline (usually late November).",
        ),
        free: true,
        applicationProcess: b(
          "Inscription par téléphone ou en personne en novembre; une date de cueillette est confirmée à l'inscription.",
          "Register by phone or in person in November; a pick-up date is confirmed when you register.",
        ),
        requiredDocuments: [DOC_ID, DOC_ADDRESS, DOC_INCOME],
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Frigo communautaire en libre-service", "Self-serve community fridge"),
          b("Frigo-partage", "Share fridge"),
        ],
        descriptions: [
          b(
            "Un réfrigérateur et une étagère accessibles à tous, où commerces et citoyens déposent des aliments encore bons. On se sert librement, sans inscription et sans question.",
            "A fridge and a shelf open to everyone, where businesses and residents leave food that is still good. Help yourself freely, with no registration and no questions asked.",
          ),
          b(
            "Frigo partagé installé devant l'organisme pour réduire le gaspillage alimentaire : fruits, légumes, pain et plats préparés y sont ajoutés plusieurs fois par jour. Les dons doivent être étiquetés et datés.",
            "A shared fridge outside the building to reduce food waste: fruit, vegetables, bread and prepared meals are added several times a day. Donated items must be labelled and dated.",
          ),
        ],
        taxonomyCodes: ["FOOD.FRIDGE"],
        free: true,
        applicationProcess: b("Aucune inscription : se présenter sur place.", "No registration: just drop by."),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "community-kitchen",
    weight: 1.5,
    names: [
      b("Cuisines collectives de {city}", "{city} Community Kitchens"),
      b("La Marmite solidaire {area}", "La Marmite solidaire – {area} Community Kitchen"),
      b("Regroupement des cuisines collectives {area}", "{area} Community Kitchens Network"),
    ],
    descriptions: [
      b(
        "L'organisme soutient des groupes de quatre à six personnes qui planifient ensemble leurs menus, font les achats et cuisinent en une journée des portions santé pour le mois. On y apprend des recettes économiques et on y brise l'isolement.",
        "The organization supports groups of four to six people who plan menus together, shop and cook a month's worth of healthy portions in a single day. Participants learn budget-friendly recipes and meet other people.",
      ),
      b(
        "Organisme d'éducation populaire en alimentation qui offre des cuisines collectives, des ateliers parents-enfants et un groupe d'achats. Le coût par portion est nettement plus bas qu'à l'épicerie.",
        "A popular-education food organization offering community kitchens, parent-child workshops and a buying group. The cost per portion is far lower than at the grocery store.",
      ),
    ],
    taxonomyCodes: ["FOOD.KITCHEN", "FAMILY.PARENTING", "FOOD.GROUPBUY"],
    services: [
      {
        names: [
          b("Cuisines collectives", "Community kitchens"),
          b("Groupe de cuisine collective", "Collective cooking group"),
        ],
        descriptions: [
          b(
            "Une rencontre de planification, puis une journée de cuisine par mois : chaque participant repart avec une vingtaine de portions à environ 1,50 $ chacune. Les groupes sont formés selon les disponibilités et les besoins (familles, personnes seules, aînés).",
            "One planning meeting, then one cooking day a month: each participant takes home about twenty portions at around $1.50 each. Groups are formed according to availability and needs (families, single people, seniors).",
          ),
          b(
            "Cuisiner en groupe des repas équilibrés et économiques avec l'aide d'une animatrice. Les portions sont payées au prix coûtant et on apporte ses propres contenants.",
            "Cook balanced, affordable meals as a group with the help of a facilitator. Portions are paid at cost and you bring your own containers.",
          ),
        ],
        taxonomyCodes: ["FOOD.KITCHEN"],
        free: false,
        fees: b(
          "Coût des aliments seulement, environ 1 $ à 2 $ la portion.",
          "Cost of ingredients only, about $1 to $2 per portion.",
        ),
        applicationProcess: b(
          "Appeler pour être placé dans un groupe; une rencontre d'accueil a lieu avant la première cuisine.",
          "Call to be placed in a group; an intake meeting takes place before the first cooking day.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Ateliers de cuisine parents-enfants", "Parent-child cooking workshops"),
          b("Petits cuistots en famille", "Little chefs family workshops"),
        ],
        descriptions: [
          b(
            "Samedis de cuisine où parents et enfants de 4 à 12 ans préparent ensemble une collation et un repas simple. On y parle de boîtes à lunch, de lecture d'étiquettes et de trucs pour faire manger des légumes aux enfants.",
            "Saturday cooking sessions where parents and children aged 4 to 12 prepare a snack and a simple meal together. Topics include lunch boxes, reading labels and tricks to get kids to eat their vegetables.",
          ),
          b(
            "Série de quatre ateliers gratuits pour les familles : recettes rapides, économiques et adaptées aux enfants, avec un repas à rapporter à la maison.",
            "A series of four free workshops for families: quick, affordable, kid-friendly recipes, with a meal to take home.",
          ),
        ],
        taxonomyCodes: ["FOOD.KITCHEN", "FAMILY.PARENTING"],
        clientele: b("Parents et enfants de 4 à 12 ans", "Parents and children aged 4 to 12"),
        free: true,
        applicationProcess: b(
          "Inscription obligatoire par téléphone; huit familles au maximum par série.",
          "Registration required by phone; maximum of eight families per series.",
        ),
        hours: "weekend",
        languages: FR_EN,
      },
      {
        names: [
          b("Groupe d'achats collectif", "Group buying club"),
          b("Commandes groupées de denrées", "Bulk food orders"),
        ],
        descriptions: [
          b(
            "Une fois par mois, les membres commandent ensemble des aliments en gros (farine, riz, légumineuses, viande, produits ménagers) directement auprès de fournisseurs, ce qui réduit la facture de 20 % à 30 %. La distribution se fait au local de l'organisme.",
            "Once a month, members place a joint bulk order (flour, rice, legumes, meat, household products) directly with suppliers, cutting the bill by 20 to 30%. Orders are picked up at the organization's premises.",
          ),
          b(
            "Achats regroupés pour les ménages qui veulent étirer leur budget d'épicerie; chacun commande selon ses besoins et paie au prix coûtant.",
            "Group purchasing for households who want to stretch their grocery budget; everyone orders what they need and pays cost price.",
          ),
        ],
        taxonomyCodes: ["FOOD.GROUPBUY"],
        free: false,
        fees: b("Carte de membre annuelle de 5 $; aliments au prix coûtant.", "Annual membership of $5; food at cost."),
        applicationProcess: b(
          "Devenir membre, puis remplir le bon de commande avant le 10 du mois.",
          "Become a member, then fill out the order form before the 10th of the month.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "community-restaurant",
    names: [
      b("Resto populaire {area}", "{area} Community Restaurant"),
      b("La Soupière de {city}", "La Soupière – {city} Soup Kitchen"),
      b("Le Réfectoire du quartier {area}", "Le Réfectoire – {area} Community Meals"),
    ],
    descriptions: [
      b(
        "Restaurant communautaire qui sert chaque jour des repas chauds et complets à prix modique à toute personne qui a faim. L'endroit est aussi un lieu de rencontre où l'on peut demander de l'aide à une intervenante.",
        "A community restaurant serving hot, complete meals every day at a low price to anyone who is hungry. It is also a place to meet people and ask a support worker for help.",
      ),
      b(
        "Soupe populaire fondée il y a plus de trente ans par des paroissiens et des bénévoles du quartier. On y sert le dîner en semaine et des repas spéciaux pendant les Fêtes, dans une ambiance chaleureuse et sans jugement.",
        "A soup kitchen founded more than thirty years ago by parishioners and local volunteers. Lunch is served on weekdays and special meals over the holidays, in a warm, non-judgmental setting.",
      ),
    ],
    taxonomyCodes: ["FOOD.MEALS"],
    services: [
      {
        names: [b("Dîner chaud à prix modique", "Low-cost hot lunch"), b("Repas du midi", "Noon meal")],
        descriptions: [
          b(
            "Soupe, plat principal, dessert et café servis du lundi au vendredi pour 1 $ à 3 $, ou gratuitement pour ceux qui n'ont pas d'argent. Aucun rendez-vous ni inscription.",
            "Soup, main course, dessert and coffee served Monday to Friday for $1 to $3, or free for those who cannot pay. No appointment or registration needed.",
          ),
          b(
            "Repas complet et nutritif servi à table par des bénévoles. Les personnes seules, les travailleurs à faible revenu, les aînés et les personnes en situation d'itinérance y sont les bienvenus.",
            "A full, nutritious meal served at the table by volunteers. Single people, low-wage workers, seniors and people experiencing homelessness are all welcome.",
          ),
        ],
        taxonomyCodes: ["FOOD.MEALS"],
        free: false,
        fees: b(
          "De 1 $ à 3 $ selon la capacité de payer; gratuit au besoin.",
          "$1 to $3 depending on ability to pay; free if needed.",
        ),
        applicationProcess: b("Se présenter entre 11 h 30 et 13 h.", "Drop in between 11:30 a.m. and 1 p.m."),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Déjeuners communautaires", "Community breakfasts"),
          b("Souper communautaire du mercredi", "Wednesday community supper"),
        ],
        descriptions: [
          b(
            "Déjeuner gratuit (rôties, gruau, œufs, fruits) servi tôt le matin pour commencer la journée le ventre plein, suivi d'un café-rencontre avec une intervenante.",
            "A free breakfast (toast, oatmeal, eggs, fruit) served early in the morning so people can start the day on a full stomach, followed by a coffee chat with a support worker.",
          ),
          b(
            "Souper chaud hebdomadaire, gratuit et ouvert à tous, en particulier aux personnes qui vivent seules. Les restes sont remis en portions à emporter.",
            "A free weekly hot supper open to all, especially people who live alone. Leftovers are handed out as take-home portions.",
          ),
        ],
        taxonomyCodes: ["FOOD.MEALS"],
        free: true,
        applicationProcess: b(
          "Aucune inscription : premier arrivé, premier servi.",
          "No registration: first come, first served.",
        ),
        hours: "split",
        languages: FR,
      },
      {
        names: [
          b("Repas surgelés à petit prix", "Low-cost frozen meals"),
          b("Boîtes-repas à emporter", "Take-away meal boxes"),
        ],
        descriptions: [
          b(
            "Vente de repas surgelés préparés sur place (pâté chinois, sauce à spaghetti, soupe aux légumes) à 3 $ la portion, pour les personnes qui n'ont pas l'énergie ou l'équipement pour cuisiner.",
            "Frozen meals made on site (shepherd's pie, spaghetti sauce, vegetable soup) sold at $3 a portion, for people who lack the energy or the equipment to cook.",
          ),
          b(
            "Boîtes-repas offertes en fin de service aux personnes qui ne peuvent pas rester manger sur place, notamment les travailleurs de nuit et les proches aidants.",
            "Meal boxes handed out at the end of service to people who cannot stay to eat, including night-shift workers and family caregivers.",
          ),
        ],
        taxonomyCodes: ["FOOD.MEALS"],
        free: false,
        fees: b("3 $ la portion.", "$3 a portion."),
        applicationProcess: b(
          "Passer au comptoir pendant les heures d'ouverture.",
          "Stop by the counter during opening hours.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "meals-on-wheels",
    weight: 1.5,
    names: [
      b("Popote roulante de {city}", "{city} Meals on Wheels"),
      b("Popote et services aux aînés {area}", "{area} Meals on Wheels and Seniors' Services"),
      b("La Popote du cœur de {city}", "La Popote du cœur – {city} Meals on Wheels"),
    ],
    descriptions: [
      b(
        "Service de popote roulante porté par des bénévoles qui livrent des repas chauds à domicile, le midi, aux aînés et aux personnes en convalescence. Chaque livraison est aussi l'occasion de s'assurer que tout va bien.",
        "A volunteer-run meals-on-wheels service delivering hot noon meals at home to seniors and people recovering from illness. Each delivery is also a chance to check that everything is all right.",
      ),
      b(
        "Organisme de maintien à domicile qui prépare et livre des repas équilibrés, chauds ou surgelés, aux personnes en perte d'autonomie. Les menus tiennent compte des diètes courantes : sans sel ajouté, pour diabétiques, texture adaptée.",
        "A home support organization that prepares and delivers balanced meals, hot or frozen, to people with reduced autonomy. Menus take common diets into account: no added salt, diabetic, modified texture.",
      ),
    ],
    taxonomyCodes: ["FOOD.DELIVERY", "SENIORS.HOMESUPPORT.FRIENDLYVISIT"],
    services: [
      {
        names: [
          b("Popote roulante (repas chauds livrés)", "Meals on wheels (hot meals delivered)"),
          b("Livraison de repas chauds", "Hot meal delivery"),
        ],
        descriptions: [
          b(
            "Repas complet (soupe, plat, dessert) livré chaud à domicile de deux à cinq midis par semaine par des bénévoles. Le service s'adresse aux aînés et aux adultes en perte d'autonomie temporaire ou permanente.",
            "A complete meal (soup, main course, dessert) delivered hot at home two to five noons a week by volunteers. For seniors and adults with a temporary or permanent loss of autonomy.",
          ),
          b(
            "Les bénévoles de la popote livrent le dîner entre 11 h et 12 h 30 et prennent quelques minutes pour jaser. En cas d'absence inexpliquée, un proche est joint.",
            "Meals-on-wheels volunteers deliver lunch between 11 a.m. and 12:30 p.m. and take a few minutes to chat. If the client does not answer, a family member is contacted.",
          ),
        ],
        taxonomyCodes: ["FOOD.DELIVERY"],
        eligibility: b(
          "Aînés de 65 ans et plus, ou adultes en convalescence ou en perte d'autonomie, avec ou sans référence du CLSC.",
          "Seniors 65 and over, or adults recovering from illness or with reduced autonomy, with or without a CLSC referral.",
        ),
        free: false,
        fees: b("Environ 7 $ à 9 $ par repas livré.", "About $7 to $9 per delivered meal."),
        applicationProcess: b(
          "Téléphoner pour une courte évaluation à domicile; le service commence habituellement dans la semaine.",
          "Call for a short home assessment; service usually starts within a week.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Repas surgelés livrés", "Frozen meal delivery"),
          b("Comptoir de mets surgelés", "Frozen meals counter"),
        ],
        descriptions: [
          b(
            "Repas surgelés maison, vendus à l'unité ou en boîte de sept, livrés une fois par semaine ou à récupérer au comptoir. Pratique pour les soirs et les fins de semaine.",
            "Homemade frozen meals, sold individually or in boxes of seven, delivered once a week or picked up at the counter. Handy for evenings and weekends.",
          ),
          b(
            "Choix d'une quinzaine de plats surgelés, dont des options sans sel ajouté, pour diabétiques et en purée, destinés aux aînés et aux personnes qui reviennent de l'hôpital.",
            "A choice of about fifteen frozen dishes, including no-added-salt, diabetic and puréed options, for seniors and people coming home from hospital.",
          ),
        ],
        taxonomyCodes: ["FOOD.DELIVERY"],
        free: false,
        fees: b("De 5 $ à 7 $ le repas.", "$5 to $7 per meal."),
        applicationProcess: b(
          "Commander par téléphone avant le mardi midi pour la livraison du jeudi.",
          "Order by phone before Tuesday noon for Thursday delivery.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Appels de sécurité quotidiens", "Daily safety calls"),
          b("Programme « Bonjour quotidien »", "Daily hello call program"),
        ],
        descriptions: [
          b(
            "Un appel automatisé ou d'un bénévole chaque matin, à heure fixe, pour s'assurer que la personne va bien. Sans réponse, les répondants sont joints puis, au besoin, les services d'urgence.",
            "An automated or volunteer call every morning at a set time to make sure the person is well. If there is no answer, the emergency contacts are called and, if needed, emergency services.",
          ),
          b(
            "Service gratuit qui rassure les aînés vivant seuls et leurs proches : un contact quotidien, une oreille attentive et une intervention rapide si quelque chose cloche.",
            "A free service that reassures seniors living alone and their families: a daily contact, a friendly ear and quick action if something seems wrong.",
          ),
        ],
        taxonomyCodes: ["SENIORS.HOMESUPPORT.FRIENDLYVISIT"],
        clientele: b("Aînés et personnes vivant seules", "Seniors and people living alone"),
        free: true,
        applicationProcess: b(
          "Inscription par téléphone; fournir le nom de deux répondants qui ont une clé du domicile.",
          "Register by phone; provide two emergency contacts who have a key to the home.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "school-food",
    names: [
      b("Les Matins nourrissants {area}", "Les Matins nourrissants – {area} School Breakfasts"),
      b("Comité contre la faim à l'école de {city}", "{city} School Hunger Committee"),
      b("Boîte à lunch solidaire {area}", "{area} Solidarity Lunchbox"),
    ],
    descriptions: [
      b(
        "Organisme qui s'assure qu'aucun élève du territoire n'a le ventre vide en classe. Il coordonne des petits-déjeuners dans les écoles primaires et secondaires avec l'aide de parents bénévoles et de partenaires locaux.",
        "An organization making sure no student in the area sits in class on an empty stomach. It coordinates breakfast programs in elementary and high schools with volunteer parents and local partners.",
      ),
      b(
        "Initiative communautaire de sécurité alimentaire en milieu scolaire : déjeuners, collations, dîners à petit prix et aide à la rentrée pour les familles à faible revenu. Le service est discret pour éviter toute stigmatisation.",
        "A community school food security initiative: breakfasts, snacks, low-cost lunches and back-to-school help for low-income families. Services are discreet to avoid any stigma.",
      ),
    ],
    taxonomyCodes: ["FOOD.SCHOOL", "GOODS.SCHOOLSUPPLIES"],
    services: [
      {
        names: [
          b("Petits-déjeuners à l'école", "School breakfast program"),
          b("Club des déjeuners du matin", "Morning breakfast club"),
        ],
        descriptions: [
          b(
            "Déjeuner nutritif (céréales, lait, fruits, rôties, yogourt) servi avant le début des cours dans les écoles participantes, ouvert à tous les élèves sans distinction.",
            "A nutritious breakfast (cereal, milk, fruit, toast, yogurt) served before class in participating schools, open to all students.",
          ),
          b(
            "Chaque matin d'école, des bénévoles accueillent les élèves à la cafétéria pour un déjeuner gratuit. Les parents peuvent s'informer auprès du secrétariat de l'école.",
            "Every school morning, volunteers welcome students in the cafeteria for a free breakfast. Parents can ask at the school office.",
          ),
        ],
        taxonomyCodes: ["FOOD.SCHOOL"],
        ageMin: 5,
        ageMax: 17,
        clientele: b(
          "Élèves du primaire et du secondaire des écoles participantes",
          "Elementary and high school students in participating schools",
        ),
        free: true,
        applicationProcess: b(
          "Aucune inscription : l'élève se présente à la cafétéria avant la cloche.",
          "No registration: students go to the cafeteria before the bell.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Dîners à 1 $ et collations", "$1 lunches and snacks"),
          b("Programme de collations santé", "Healthy snack program"),
        ],
        descriptions: [
          b(
            "Repas chaud du midi offert au coût de 1 $ aux élèves dont la famille vit une situation financière difficile, sur référence confidentielle de l'école.",
            "A hot lunch for $1 for students whose families are going through financial hardship, on confidential referral from the school.",
          ),
          b(
            "Distribution de collations santé (fruits, fromage, muffins maison) dans les classes, pour que les élèves puissent se concentrer toute la journée.",
            "Healthy snacks (fruit, cheese, homemade muffins) handed out in classrooms so students can focus all day.",
          ),
        ],
        taxonomyCodes: ["FOOD.SCHOOL"],
        ageMin: 5,
        ageMax: 17,
        free: false,
        fees: b("1 $ par dîner; collations gratuites.", "$1 per lunch; snacks are free."),
        applicationProcess: b(
          "Le parent communique avec la direction de l'école ou la travailleuse sociale scolaire, qui fait la référence.",
          "Parents contact the school principal or the school social worker, who makes the referral.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Sacs d'école et fournitures pour la rentrée", "Backpacks and school supplies"),
          b("Opération rentrée scolaire", "Back-to-school drive"),
        ],
        descriptions: [
          b(
            "En août, remise d'un sac d'école garni des fournitures de la liste scolaire aux enfants de familles à faible revenu, du préscolaire à la 5e secondaire.",
            "In August, children from low-income families, from kindergarten to Secondary 5, receive a backpack filled with the supplies on their school list.",
          ),
          b(
            "Aide matérielle ou financière pour l'achat des fournitures scolaires et le paiement des frais de rentrée. Inscription en juin, remise à la mi-août.",
            "Material or financial help with school supplies and start-of-year fees. Register in June; distribution in mid-August.",
          ),
        ],
        taxonomyCodes: ["GOODS.SCHOOLSUPPLIES"],
        ageMin: 4,
        ageMax: 17,
        eligibility: b(
          "Familles à faible revenu dont les enfants fréquentent une école du territoire.",
          "Low-income families whose children attend a school in the area.",
        ),
        free: true,
        applicationProcess: b(
          "Inscription en juin, avec la liste de fournitures de l'école de l'enfant.",
          "Register in June with your child's school supply list.",
        ),
        requiredDocuments: [DOC_ADDRESS, DOC_INCOME],
        hours: "appointment",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "food-hub",
    names: [
      b("Épicerie solidaire {area}", "{area} Solidarity Grocery"),
      b("Le Potager partagé de {city}", "Le Potager partagé – {city} Food Hub"),
      b("Carrefour alimentaire {area}", "{area} Food Hub"),
    ],
    descriptions: [
      b(
        "Organisme en sécurité alimentaire qui mise sur l'autonomie : épicerie à prix réduit, jardins collectifs et ateliers de transformation des aliments. On y vient autant pour économiser que pour apprendre et s'impliquer.",
        "A food security organization focused on self-reliance: a discount grocery store, collective gardens and food preservation workshops. People come to save money as much as to learn and get involved.",
      ),
      b(
        "Carrefour qui rapproche les producteurs locaux et les citoyens à faible revenu. Les surplus agricoles de la région sont récupérés, transformés, puis vendus à petit prix ou redistribués.",
        "A hub connecting local farmers with low-income residents. Surplus crops from the region are collected and processed, then sold at low prices or redistributed.",
      ),
    ],
    taxonomyCodes: ["FOOD.GROUPBUY", "FOOD.GARDEN", "FOOD.KITCHEN"],
    services: [
      {
        names: [
          b("Épicerie solidaire à prix réduit", "Discount solidarity grocery"),
          b("Marché solidaire", "Solidarity market"),
        ],
        descriptions: [
          b(
            "Épicerie où les membres à faible revenu achètent fruits, légumes, produits laitiers et denrées de base de 30 % à 50 % sous le prix courant. Le choix se fait librement, comme dans un commerce.",
            "A grocery store where low-income members buy fruit, vegetables, dairy and staples at 30 to 50% below regular prices. People choose freely, as in any store.",
          ),
          b(
            "Marché hebdomadaire de fruits et légumes frais à petit prix, avec une section de produits en vrac. Les paiements par carte sont acceptés.",
            "A weekly market selling fresh fruit and vegetables at low prices, with a bulk section. Card payments are accepted.",
          ),
        ],
        taxonomyCodes: ["FOOD.GROUPBUY"],
        eligibility: b(
          "Carte de membre accordée selon le revenu du ménage.",
          "Membership is based on household income.",
        ),
        free: false,
        fees: b("Adhésion annuelle de 2 $; produits à prix réduit.", "$2 yearly membership; discounted products."),
        applicationProcess: b(
          "Se présenter avec une preuve de revenu pour obtenir sa carte de membre, valide un an.",
          "Come in with proof of income to get a membership card, valid for one year.",
        ),
        requiredDocuments: [DOC_ID, DOC_INCOME],
        hours: "split",
        languages: FR_EN,
      },
      {
        names: [f("Jardins collectifs"), f("Jardinage collectif au potager de l'organisme")],
        descriptions: [
          f(
            "De mai à octobre, de petits groupes cultivent ensemble un grand potager avec l'aide d'une animatrice horticole, puis se partagent la récolte. Aucune expérience requise; les outils et les semences sont fournis.",
          ),
          f(
            "Jardinage en groupe deux avant-midi par semaine : semis, désherbage, récolte et partage des légumes entre les participants. Une belle façon de bouger, d'apprendre et de manger frais.",
          ),
        ],
        taxonomyCodes: ["FOOD.GARDEN"],
        free: true,
        applicationProcess: f("Inscription en avril; places limitées dans chaque groupe."),
        hours: "split",
        languages: FR,
        englishMissing: true,
      },
      {
        names: [
          b("Location de lots au jardin communautaire", "Community garden plots"),
          b("Jardin communautaire", "Community garden"),
        ],
        descriptions: [
          b(
            "Location d'un lot individuel de 3 m sur 6 m pour la saison, avec accès à l'eau, au cabanon d'outils et au compost. Des bacs surélevés sont réservés aux personnes à mobilité réduite ou en fauteuil roulant.",
            "Rent an individual 3 m by 6 m plot for the season, with access to water, a tool shed and compost. Raised beds are set aside for people with reduced mobility or who use a wheelchair.",
          ),
          b(
            "Jardin communautaire d'une quarantaine de lots où chacun cultive ses légumes et ses fines herbes. Une liste d'attente est tenue chaque printemps.",
            "A community garden of about forty plots where everyone grows their own vegetables and herbs. A waiting list is kept each spring.",
          ),
        ],
        taxonomyCodes: ["FOOD.GARDEN"],
        free: false,
        fees: b(
          "De 15 $ à 35 $ pour la saison, selon la taille du lot.",
          "$15 to $35 for the season, depending on plot size.",
        ),
        applicationProcess: b(
          "Remplir le formulaire d'inscription en mars; les lots sont attribués selon la liste d'attente.",
          "Fill out the registration form in March; plots are assigned from the waiting list.",
        ),
        hours: "weekend",
        languages: FR_EN,
      },
      {
        names: [
          b("Ateliers de mise en conserve", "Canning and food preservation workshops"),
          b("Cuisine des récoltes", "Harvest kitchen"),
        ],
        descriptions: [
          b(
            "À l'automne, ateliers pour apprendre à faire des conserves, du ketchup aux fruits, des marinades et à congeler les légumes de saison; chacun repart avec ses pots.",
            "In the fall, workshops on canning, fruit ketchup, pickles and freezing seasonal vegetables; everyone takes their jars home.",
          ),
          b(
            "Les surplus de légumes des producteurs de la région sont transformés en groupe en soupes et en sauces, partagées entre les participants et la banque alimentaire.",
            "Surplus vegetables from local farms are turned into soups and sauces as a group, shared between participants and the food bank.",
          ),
        ],
        taxonomyCodes: ["FOOD.KITCHEN"],
        free: false,
        fees: b("5 $ par atelier, pots fournis.", "$5 per workshop, jars provided."),
        applicationProcess: b(
          "Inscription obligatoire; dix personnes au maximum par atelier.",
          "Registration required; maximum of ten people per workshop.",
        ),
        hours: "evening",
        languages: FR,
      },
    ],
  },
];

// ─── Logement et itinérance ──────────────────────────────────────────────────
const HOUSING_KINDS: OrgKindSeed[] = [
  {
    key: "adult-shelter",
    weight: 0.6,
    names: [
      b("Le Havre de nuit {area}", "Le Havre de nuit – {area} Shelter"),
      b("Maison d'hébergement L'Escale de {city}", "L'Escale Shelter – {city}"),
      b("Refuge Le Phare {area}", "Le Phare Shelter – {area}"),
    ],
    descriptions: [
      b(
        "Refuge pour adultes en situation d'itinérance ou à risque de l'être. On y offre un lit, un repas chaud, une douche et l'écoute d'intervenants présents toute la nuit. L'équipe accompagne ensuite chaque personne vers un logement stable.",
        "A shelter for adults who are homeless or at risk of homelessness. It offers a bed, a hot meal, a shower and overnight support workers. The team then helps each person move towards stable housing.",
      ),
      b(
        "Ressource d'hébergement d'urgence à bas seuil : on y accepte les personnes sous l'effet de substances et accompagnées de leur animal, dans la mesure où la sécurité de tous est respectée. L'organisme gère aussi des chambres de transition.",
        "A low-barrier emergency shelter: people who have used substances and people with pets are accepted as long as everyone's safety is respected. The organization also runs transitional rooms.",
      ),
    ],
    taxonomyCodes: ["HOUSING.SHELTER.ADULT", "HOUSING.SHELTER.WINTER", "HOUSING.TRANSITION", "HOUSING.SEARCH"],
    services: [
      {
        names: [
          b("Hébergement d'urgence de nuit", "Overnight emergency shelter"),
          b("Lits d'urgence pour adultes", "Emergency beds for adults"),
        ],
        descriptions: [
          b(
            "Lit pour la nuit, souper, déjeuner, douche et casier pour les adultes sans endroit où dormir. L'accueil commence en soirée; les séjours peuvent se prolonger quelques semaines avec un plan d'intervention.",
            "A bed for the night, supper, breakfast, a shower and a locker for adults with nowhere to sleep. Intake starts in the evening; stays can be extended for a few weeks with a support plan.",
          ),
          b(
            "Une vingtaine de lits mixtes et quelques chambres réservées aux femmes. Les intervenants évaluent les besoins à l'arrivée et orientent vers les services de santé, d'aide sociale et de logement.",
            "About twenty mixed beds and a few rooms for women only. Workers assess needs on arrival and refer people to health, income support and housing services.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SHELTER.ADULT"],
        ageMin: 18,
        eligibility: b(
          "Adultes de 18 ans et plus sans hébergement. Aucune pièce d'identité exigée.",
          "Adults 18 and over with no place to stay. No ID required.",
        ),
        free: true,
        applicationProcess: b(
          "Se présenter à partir de 20 h ou téléphoner pour vérifier la disponibilité des lits.",
          "Come in from 8 p.m. or call to check bed availability.",
        ),
        hours: "overnight",
        languages: FR_EN,
      },
      {
        names: [
          b("Halte-chaleur hivernale", "Winter warming centre"),
          b("Mesure d'urgence grand froid", "Extreme cold emergency measure"),
        ],
        descriptions: [
          b(
            "Lorsque le mercure descend sous -15 °C, une salle ouvre toute la nuit avec chaises, couvertures, soupe et boissons chaudes. Aucune inscription, aucune question.",
            "When the temperature drops below -15°C, a room opens all night with chairs, blankets, soup and hot drinks. No registration, no questions asked.",
          ),
          b(
            "Ouverte de décembre à mars, la halte-chaleur offre un endroit sécuritaire pour se réchauffer aux personnes qui dorment dehors ou qui ont été refusées ailleurs.",
            "Open from December to March, the warming centre offers a safe place to warm up for people sleeping outside or turned away elsewhere.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SHELTER.WINTER"],
        free: true,
        applicationProcess: b(
          "Se présenter directement; l'ouverture est annoncée sur les réseaux sociaux les soirs de grand froid.",
          "Just come in; openings are announced on social media on extreme cold nights.",
        ),
        hours: "overnight",
        languages: FR_EN,
      },
      {
        names: [
          b("Chambres de transition", "Transitional rooms"),
          b("Hébergement de transition avec suivi", "Transitional housing with support"),
        ],
        descriptions: [
          b(
            "Chambres meublées louées pour trois à douze mois à des personnes qui sortent de la rue, d'un refuge ou de détention, avec un suivi hebdomadaire pour reprendre pied.",
            "Furnished rooms rented for three to twelve months to people leaving the street, a shelter or detention, with weekly follow-up to get back on their feet.",
          ),
          b(
            "Logement temporaire avec soutien communautaire : budget, démarches administratives, retour à l'emploi et recherche d'un appartement permanent.",
            "Temporary housing with community support: budgeting, paperwork, return to work and the search for a permanent apartment.",
          ),
        ],
        taxonomyCodes: ["HOUSING.TRANSITION"],
        ageMin: 18,
        free: false,
        fees: b("Loyer fixé à environ 30 % du revenu.", "Rent set at about 30% of income."),
        applicationProcess: b(
          "Sur référence d'un intervenant ou après une rencontre d'évaluation au refuge.",
          "By referral from a worker or after an assessment meeting at the shelter.",
        ),
        requiredDocuments: [DOC_INCOME],
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Accompagnement vers le logement", "Housing support services"),
          b("Service de recherche de logement", "Housing search service"),
        ],
        descriptions: [
          b(
            "Une intervenante aide à chercher un logement, à remplir les demandes, à négocier avec les propriétaires et à obtenir des meubles pour s'installer.",
            "A worker helps look for an apartment, fill out applications, negotiate with landlords and get furniture to settle in.",
          ),
          b(
            "Suivi pendant les premiers mois en logement pour éviter un retour à la rue : paiement du loyer, voisinage, entretien et liens avec les services du quartier.",
            "Follow-up during the first months in a new home to prevent a return to the street: paying rent, neighbour relations, upkeep and links to local services.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SEARCH", "HOUSING.TRANSITION"],
        free: true,
        applicationProcess: b(
          "Demander à rencontrer l'intervenante en logement lors d'un passage au refuge ou au centre de jour.",
          "Ask to meet the housing worker when you visit the shelter or the day centre.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "youth-shelter",
    weight: 0.5,
    names: [
      b("Auberge jeunesse Le Tremplin de {city}", "Le Tremplin Youth Shelter – {city}"),
      b("La Halte des jeunes {area}", "La Halte des jeunes – {area} Youth Shelter"),
      b("Maison Le Carrefour des 16-30 {area}", "Le Carrefour 16-30 Youth House – {area}"),
    ],
    descriptions: [
      b(
        "Maison d'hébergement communautaire pour les jeunes de 16 à 30 ans en difficulté, en rupture familiale ou sans logement. Le séjour est l'occasion de souffler et de bâtir un projet de vie avec l'aide d'intervenants.",
        "A community shelter for young people aged 16 to 30 who are struggling, have broken ties with family or have no place to live. A stay gives them time to breathe and build a life plan with the help of support workers.",
      ),
      b(
        "Ressource jeunesse qui offre de l'hébergement temporaire, des appartements supervisés et un suivi après le départ. L'approche est volontaire et mise sur l'autonomie des jeunes.",
        "A youth resource offering temporary shelter, supervised apartments and follow-up after leaving. Participation is voluntary and builds on young people's independence.",
      ),
    ],
    taxonomyCodes: ["HOUSING.SHELTER.YOUTH", "HOUSING.TRANSITION", "YOUTH.STREET"],
    services: [
      {
        names: [
          b("Hébergement temporaire 16-30 ans", "Temporary shelter for ages 16-30"),
          b("Séjour d'hébergement jeunesse", "Youth shelter stay"),
        ],
        descriptions: [
          b(
            "Séjour d'une à huit semaines dans une maison de neuf places, avec repas, chambre individuelle et rencontres régulières avec un intervenant pour préparer la suite.",
            "A one- to eight-week stay in a nine-bed house, with meals, a private room and regular meetings with a worker to plan what comes next.",
          ),
          b(
            "Hébergement d'urgence et de court terme pour les jeunes qui ont quitté la maison, sont sortis d'un centre jeunesse ou vivent un conflit familial.",
            "Emergency and short-term shelter for young people who have left home, aged out of youth protection or are in conflict with their family.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SHELTER.YOUTH"],
        ageMin: 16,
        ageMax: 30,
        free: true,
        applicationProcess: b(
          "Le jeune téléphone lui-même, jour ou nuit, pour une évaluation téléphonique; une place est offerte selon la disponibilité.",
          "Young people call themselves, day or night, for a phone assessment; a bed is offered if one is available.",
        ),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
      {
        names: [
          b("Appartements supervisés", "Supervised apartments"),
          b("Logements jeunesse avec soutien", "Supported youth apartments"),
        ],
        descriptions: [
          b(
            "Studios à loyer modique pour les jeunes qui font leurs premiers pas en appartement, avec un accompagnement pour le budget, l'épicerie et les études ou l'emploi.",
            "Low-rent studios for young people living on their own for the first time, with support for budgeting, groceries and school or work.",
          ),
          b(
            "Séjour d'un an ou plus en logement semi-autonome, avec une intervenante disponible sur place quelques heures par jour.",
            "A stay of a year or more in semi-independent housing, with a worker available on site a few hours a day.",
          ),
        ],
        taxonomyCodes: ["HOUSING.TRANSITION"],
        ageMin: 18,
        ageMax: 30,
        free: false,
        fees: b("Loyer d'environ 25 % du revenu.", "Rent of about 25% of income."),
        applicationProcess: b(
          "Demande écrite suivie d'une entrevue; une liste d'attente est tenue.",
          "Written application followed by an interview; a waiting list is kept.",
        ),
        requiredDocuments: [DOC_ID, DOC_INCOME],
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Suivi post-hébergement", "Follow-up after a stay"),
          b("Intervention jeunesse dans la communauté", "Community youth outreach"),
        ],
        descriptions: [
          b(
            "Après leur départ de la maison, les jeunes peuvent garder contact avec leur intervenant pendant un an : rencontres, appels, accompagnement à des rendez-vous.",
            "After leaving the house, young people can keep in touch with their worker for a year: meetings, calls and accompaniment to appointments.",
          ),
          b(
            "Une intervenante va à la rencontre des jeunes en difficulté dans les parcs, les écoles et les organismes pour prévenir l'itinérance.",
            "A worker meets struggling young people in parks, schools and community organizations to prevent homelessness.",
          ),
        ],
        taxonomyCodes: ["YOUTH.STREET"],
        ageMin: 16,
        ageMax: 30,
        free: true,
        applicationProcess: b(
          "Contacter l'équipe par téléphone, texto ou réseaux sociaux.",
          "Contact the team by phone, text or social media.",
        ),
        hours: "evening",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "housing-office",
    weight: 0.8,
    names: [
      b("Office d'habitation Beaux-Logis {area}", "Beaux-Logis Housing Office – {area}"),
      b("Office régional d'habitation des Deux-Rives – secteur {area}", "Deux-Rives Regional Housing Office – {area}"),
      b("Habitations à loyer modique de {city}", "{city} Low-Rent Housing Office"),
    ],
    descriptions: [
      b(
        "Office d'habitation qui gère des HLM pour familles, aînés et personnes seules, ainsi que le programme de supplément au loyer. Le loyer y correspond à 25 % du revenu du ménage.",
        "A housing office managing low-rent public housing (HLM) for families, seniors and single people, as well as the rent supplement program. Rent is set at 25% of household income.",
      ),
      b(
        "Organisme public d'habitation qui reçoit les demandes de logement social, tient les listes d'attente et offre du soutien communautaire aux locataires. Les logements sont attribués selon l'urgence et le revenu.",
        "A public housing body that receives social housing applications, manages waiting lists and offers community support to tenants. Units are allocated based on urgency and income.",
      ),
    ],
    taxonomyCodes: ["HOUSING.SOCIAL.HLM", "HOUSING.RENTHELP"],
    services: [
      {
        names: [
          b("Demande de logement HLM", "Low-rent housing (HLM) application"),
          b("Inscription à la liste d'attente HLM", "HLM waiting list registration"),
        ],
        descriptions: [
          b(
            "Dépôt et mise à jour des demandes de logement à loyer modique. Le loyer est fixé à 25 % du revenu, plus certains frais (électricité, stationnement).",
            "Submitting and updating applications for low-rent public housing. Rent is set at 25% of income, plus some charges (electricity, parking).",
          ),
          b(
            "Les ménages admissibles sont classés selon leur situation (revenu, conditions de logement actuelles, urgence). Les victimes de violence et les personnes sinistrées peuvent être priorisées.",
            "Eligible households are ranked according to their situation (income, current housing conditions, urgency). Victims of violence and disaster victims may be given priority.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SOCIAL.HLM"],
        eligibility: b(
          "Ménages à faible revenu résidant sur le territoire depuis au moins 12 mois; citoyens canadiens ou résidents permanents.",
          "Low-income households living in the area for at least 12 months; Canadian citizens or permanent residents.",
        ),
        free: true,
        applicationProcess: b(
          "Remplir le formulaire de demande (en ligne ou au bureau) et joindre les preuves exigées; la demande doit être renouvelée chaque année.",
          "Fill out the application form (online or at the office) with the required proof; the application must be renewed every year.",
        ),
        requiredDocuments: [DOC_ID, DOC_ADDRESS, DOC_INCOME, DOC_NOA],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Programme de supplément au loyer", "Rent supplement program"),
          b("Aide au paiement du loyer dans le privé", "Rent help in private housing"),
        ],
        descriptions: [
          b(
            "Le supplément au loyer permet d'habiter un logement du marché privé ou d'une coopérative en ne payant que 25 % de son revenu; l'office verse la différence au propriétaire.",
            "The rent supplement lets a household live in a private or co-op apartment while paying only 25% of its income; the office pays the difference to the landlord.",
          ),
          b(
            "Information sur les aides au loyer (supplément au loyer, allocation-logement) et vérification de l'admissibilité avec un agent.",
            "Information on rent assistance (rent supplement, shelter allowance) and an eligibility check with an officer.",
          ),
        ],
        taxonomyCodes: ["HOUSING.RENTHELP"],
        eligibility: b(
          "Mêmes critères que pour un HLM; certains logements sont réservés à des clientèles précises.",
          "Same criteria as for public housing; some units are reserved for specific groups.",
        ),
        free: true,
        applicationProcess: b(
          "Faire une demande de logement social à l'office en précisant l'intérêt pour le supplément au loyer.",
          "Apply for social housing at the office and indicate interest in the rent supplement.",
        ),
        requiredDocuments: [DOC_ID, DOC_INCOME, DOC_NOA],
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Soutien communautaire aux locataires de HLM", "Community support for public housing tenants"),
          b("Intervention de milieu en HLM", "On-site support in public housing"),
        ],
        descriptions: [
          b(
            "Une intervenante de milieu organise des activités, appuie le comité de locataires et aide les résidents à régler les conflits de voisinage ou à trouver des services.",
            "A community worker organizes activities, supports the tenants' committee and helps residents settle neighbour disputes or find services.",
          ),
          b(
            "Dîners communautaires, aide aux devoirs et cafés-rencontres dans les salles communautaires des HLM pour familles et pour aînés.",
            "Community lunches, homework help and coffee mornings in the common rooms of family and seniors' public housing.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SOCIAL.HLM"],
        clientele: b("Locataires des HLM de l'office", "Tenants of the office's public housing"),
        free: true,
        applicationProcess: b(
          "Communiquer avec l'intervenante de milieu ou consulter le babillard de l'immeuble.",
          "Contact the community worker or check the building's bulletin board.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "housing-resource-group",
    weight: 0.5,
    names: [
      b("Groupe de ressources en habitation {area}", "{area} Housing Resource Group"),
      b(
        "Fédération des coopératives d'habitation Cap-Diamant – {area}",
        "Cap-Diamant Housing Co-op Federation – {area}",
      ),
      b("Habitations communautaires Les Trois-Clochers de {city}", "Les Trois-Clochers Community Housing – {city}"),
    ],
    descriptions: [
      b(
        "Organisme qui développe et soutient les coopératives et les OBNL d'habitation de la région. Il tient un registre central des logements disponibles et informe les ménages sur la vie en coopérative.",
        "An organization that develops and supports housing co-ops and non-profit housing in the region. It keeps a central register of available units and informs households about co-op living.",
      ),
      b(
        "Organisme sans but lucratif propriétaire de plusieurs immeubles de logements abordables pour familles, personnes seules et aînés autonomes. Les loyers sont maintenus sous le prix du marché.",
        "A non-profit that owns several affordable housing buildings for families, single people and independent seniors. Rents are kept below market prices.",
      ),
    ],
    taxonomyCodes: ["HOUSING.SOCIAL.COOP", "HOUSING.SOCIAL.OBNL", "SENIORS.RESIDENCE"],
    services: [
      {
        names: [
          b("Registre des logements en coopérative", "Co-op housing registry"),
          b("Liste d'attente centralisée des coops", "Central co-op waiting list"),
        ],
        descriptions: [
          b(
            "Inscription au registre commun des coopératives d'habitation du secteur. Les coops consultent le registre quand un logement se libère et convoquent les candidats en entrevue.",
            "Registration on the shared registry of housing co-ops in the area. Co-ops check the registry when a unit becomes vacant and invite applicants for an interview.",
          ),
          b(
            "Aide pour comprendre le fonctionnement d'une coopérative (assemblées, comités, participation) et pour s'inscrire auprès de plusieurs coops à la fois.",
            "Help understanding how a co-op works (meetings, committees, participation) and registering with several co-ops at once.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SOCIAL.COOP"],
        free: true,
        applicationProcess: b(
          "Remplir le formulaire d'inscription et assister à une séance d'information.",
          "Fill out the registration form and attend an information session.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [f("Séance d'information « Vivre en coop »"), f("Soirée découverte des coopératives d'habitation")],
        descriptions: [
          f(
            "Rencontre de deux heures pour découvrir la vie en coopérative : droits et devoirs des membres, participation aux comités, calcul du loyer et aide à la personne.",
          ),
          f(
            "Des membres de coopératives témoignent de leur expérience et répondent aux questions des futurs locataires. La séance est obligatoire pour s'inscrire au registre.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SOCIAL.COOP"],
        free: true,
        applicationProcess: f("Réserver sa place par téléphone; une séance par mois."),
        hours: "evening",
        languages: FR,
        englishMissing: true,
      },
      {
        names: [
          b("Logements abordables OBNL", "Non-profit affordable housing"),
          b(
            "Logements communautaires pour familles et personnes seules",
            "Community housing for families and single people",
          ),
        ],
        descriptions: [
          b(
            "Appartements de 3 ½ à 5 ½ loués sous le prix du marché, dont certains avec supplément au loyer. Les locataires participent à la vie de l'immeuble.",
            "Apartments from one to three bedrooms rented below market price, some with a rent supplement. Tenants take part in building life.",
          ),
          b(
            "Logements sociaux destinés à des clientèles précises : familles monoparentales, personnes seules à faible revenu, personnes ayant vécu l'itinérance.",
            "Social housing for specific groups: single-parent families, low-income single people, people who have experienced homelessness.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SOCIAL.OBNL"],
        free: false,
        fees: b(
          "Loyer sous le prix du marché; 25 % du revenu pour les logements subventionnés.",
          "Below-market rent; 25% of income for subsidized units.",
        ),
        applicationProcess: b(
          "Déposer une demande écrite; les candidats sont rencontrés lorsqu'un logement se libère.",
          "Submit a written application; applicants are interviewed when a unit becomes available.",
        ),
        requiredDocuments: [DOC_ID, DOC_INCOME],
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Logements pour aînés autonomes", "Housing for independent seniors"),
          b("Résidence communautaire pour aînés", "Community seniors' residence"),
        ],
        descriptions: [
          b(
            "Appartements adaptés pour les personnes de 65 ans et plus autonomes, avec salle commune, repas du midi optionnel et surveillance de nuit, à loyer abordable.",
            "Adapted apartments for independent people aged 65 and over, with a common room, optional lunch and overnight monitoring, at affordable rents.",
          ),
          b(
            "Résidence sans but lucratif où les aînés gardent leur autonomie tout en brisant l'isolement. Certains logements sont accessibles en fauteuil roulant.",
            "A non-profit residence where seniors keep their independence while staying connected. Some units are wheelchair accessible.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SOCIAL.OBNL", "SENIORS.RESIDENCE"],
        ageMin: 65,
        free: false,
        fees: b(
          "Loyer mensuel abordable; services optionnels en sus.",
          "Affordable monthly rent; optional services extra.",
        ),
        applicationProcess: b(
          "Visite de la résidence sur rendez-vous, puis dépôt d'une demande de location.",
          "Tour the residence by appointment, then submit a rental application.",
        ),
        hours: "appointment",
        languages: FR,
      },
    ],
  },
  {
    key: "tenants-committee",
    weight: 0.7,
    names: [
      b("Comité logement {area}", "{area} Housing Committee"),
      b("Association des locataires de {city}", "{city} Tenants' Association"),
      b("Bureau d'animation et d'information logement {area}", "{area} Housing Information Office"),
    ],
    descriptions: [
      b(
        "Organisme de défense des droits des locataires qui informe sur le bail, les hausses de loyer, les réparations et les reprises de logement. Il mobilise aussi le quartier pour le développement de logements sociaux.",
        "A tenant rights organization providing information on leases, rent increases, repairs and repossessions. It also mobilizes the neighbourhood in favour of new social housing.",
      ),
      b(
        "Association de locataires qui offre de l'information juridique de base, de l'accompagnement au Tribunal administratif du logement et de l'aide à la recherche de logement, surtout à l'approche du 1er juillet.",
        "A tenants' association offering basic legal information, support at the Tribunal administratif du logement (housing tribunal) and help finding housing, especially as July 1st approaches.",
      ),
    ],
    taxonomyCodes: ["HOUSING.TENANT", "LEGAL.INFO", "HOUSING.SEARCH", "HOUSING.RENTHELP"],
    services: [
      {
        names: [
          b("Information sur les droits des locataires", "Tenant rights information"),
          b("Ligne d'information logement", "Housing information line"),
        ],
        descriptions: [
          b(
            "Réponses aux questions des locataires : hausse de loyer, avis de reprise, réparations urgentes, punaises de lit, insalubrité, cession de bail. Des modèles de lettres sont fournis.",
            "Answers to tenants' questions: rent increases, repossession notices, urgent repairs, bedbugs, unsanitary conditions, lease transfers. Sample letters are provided.",
          ),
          b(
            "Rencontres individuelles pour comprendre son bail et ses recours, et ateliers collectifs sur le calcul des hausses de loyer chaque hiver.",
            "One-on-one meetings to understand your lease and your options, and group workshops on calculating rent increases every winter.",
          ),
        ],
        taxonomyCodes: ["HOUSING.TENANT"],
        clientele: b("Locataires du territoire", "Tenants in the area"),
        free: true,
        applicationProcess: b(
          "Téléphoner ou passer sans rendez-vous pendant les heures de permanence.",
          "Call or drop in during drop-in hours.",
        ),
        requiredDocuments: [DOC_LEASE],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Accompagnement au Tribunal administratif du logement", "Support at the housing tribunal (TAL)"),
          b("Préparation d'une audience au TAL", "Preparing for a TAL hearing"),
        ],
        descriptions: [
          b(
            "Aide pour préparer une demande ou une défense devant le Tribunal administratif du logement : rédaction, preuves à rassembler, déroulement de l'audience.",
            "Help preparing an application or a defence before the Tribunal administratif du logement: drafting, gathering evidence, what to expect at the hearing.",
          ),
          b(
            "Accompagnement des locataires menacés d'éviction ou de reprise de logement, avec référence vers l'aide juridique au besoin.",
            "Support for tenants facing eviction or repossession, with referral to legal aid when needed.",
          ),
        ],
        taxonomyCodes: ["HOUSING.TENANT", "LEGAL.INFO"],
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous en apportant le bail et tous les documents reçus du propriétaire.",
          "Book an appointment and bring the lease and all documents received from the landlord.",
        ),
        requiredDocuments: [DOC_LEASE],
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Aide à la recherche de logement (1er juillet)", "Housing search help (July 1st)"),
          b("Opération 1er juillet", "Moving day assistance"),
        ],
        descriptions: [
          b(
            "En mai et en juin, accès à une liste de logements disponibles, à un ordinateur et à une intervenante pour les ménages qui n'ont pas encore trouvé où aller au 1er juillet.",
            "In May and June, access to a list of available apartments, a computer and a worker for households who have not yet found a place for July 1st.",
          ),
          b(
            "Aide d'urgence aux ménages sans logement au 1er juillet : recherche accélérée, entreposage temporaire des biens et hébergement de dépannage en collaboration avec la municipalité.",
            "Emergency help for households without housing on July 1st: fast-tracked search, temporary storage of belongings and short-term lodging in partnership with the municipality.",
          ),
        ],
        taxonomyCodes: ["HOUSING.SEARCH"],
        free: true,
        applicationProcess: b(
          "Se présenter sans rendez-vous ou téléphoner; les cas urgents sont vus le jour même.",
          "Drop in or call; urgent cases are seen the same day.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Aide pour demander l'allocation-logement", "Help applying for the shelter allowance"),
          b("Clinique aide au loyer", "Rent assistance clinic"),
        ],
        descriptions: [
          b(
            "Aide pour vérifier son admissibilité à l'allocation-logement et aux autres aides au loyer, et pour remplir les formulaires.",
            "Help checking eligibility for the shelter allowance and other rent assistance, and filling out the forms.",
          ),
          b(
            "Rencontre pour faire le point sur ce que le ménage paie pour se loger et sur les programmes qui pourraient réduire ce fardeau.",
            "A meeting to review what the household pays for housing and which programs could ease the burden.",
          ),
        ],
        taxonomyCodes: ["HOUSING.RENTHELP"],
        free: true,
        applicationProcess: b(
          "Sur rendez-vous, avec son dernier avis de cotisation.",
          "By appointment, with your latest notice of assessment.",
        ),
        requiredDocuments: [DOC_NOA, DOC_LEASE],
        hours: "appointment",
        languages: FR,
      },
    ],
  },
  {
    key: "home-services-coop",
    weight: 1,
    names: [
      b("Coopérative de services à domicile {area}", "{area} Home Services Co-op"),
      b("Aide à domicile Les Mains tendues de {city}", "Les Mains tendues Home Help – {city}"),
      b("Coop Chez-Soi {area}", "Coop Chez-Soi – {area} Home Support"),
    ],
    descriptions: [
      b(
        "Entreprise d'économie sociale en aide à domicile qui permet aux aînés et aux personnes en perte d'autonomie de demeurer chez eux. Le personnel, formé et stable, offre l'entretien ménager, la préparation des repas et du répit.",
        "A social economy home help enterprise that allows seniors and people with reduced autonomy to stay at home. Its trained, stable staff provide housekeeping, meal preparation and respite.",
      ),
      b(
        "Coopérative qui offre des services d'aide domestique à tarif réduit grâce au programme d'exonération financière de la RAMQ. Elle propose aussi de petits travaux pour adapter et sécuriser le domicile.",
        "A co-op offering home help at reduced rates through the RAMQ financial assistance program. It also does small jobs to adapt the home and make it safer.",
      ),
    ],
    taxonomyCodes: ["SENIORS.HOMESUPPORT.CHORES", "SENIORS.CAREGIVER.RESPITE", "HOUSING.REPAIR"],
    services: [
      {
        names: [
          b("Entretien ménager léger et lourd", "Light and heavy housekeeping"),
          b("Aide domestique à domicile", "Home help"),
        ],
        descriptions: [
          b(
            "Entretien ménager régulier (époussetage, planchers, salle de bain), lessive et grand ménage saisonnier par une préposée attitrée.",
            "Regular housekeeping (dusting, floors, bathroom), laundry and seasonal deep cleaning by an assigned worker.",
          ),
          b(
            "Aide domestique pour les aînés et les personnes en convalescence, toutes les semaines ou aux deux semaines. Le tarif horaire est réduit selon le revenu.",
            "Home help for seniors and people recovering from illness, weekly or every two weeks. The hourly rate is reduced according to income.",
          ),
        ],
        taxonomyCodes: ["SENIORS.HOMESUPPORT.CHORES"],
        eligibility: b(
          "Personnes de 65 ans et plus, ou de 18 ans et plus sur recommandation du CLSC.",
          "People 65 and over, or 18 and over on CLSC referral.",
        ),
        free: false,
        fees: b(
          "Tarif horaire réduit grâce à l'aide financière de la RAMQ, de 4 $ à 25 $ l'heure selon le revenu.",
          "Hourly rate reduced by RAMQ financial assistance, from $4 to $25 an hour depending on income.",
        ),
        applicationProcess: b(
          "Appeler pour une évaluation des besoins; le service commence dans un délai de deux à trois semaines.",
          "Call for a needs assessment; service starts within two to three weeks.",
        ),
        requiredDocuments: [DOC_RAMQ, DOC_NOA],
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Préparation de repas et courses", "Meal preparation and errands"),
          b("Popote à domicile et commissions", "In-home cooking and errands"),
        ],
        descriptions: [
          b(
            "Une préposée prépare à domicile des repas pour la semaine selon les goûts et la diète de la personne, et peut faire l'épicerie ou les courses à la pharmacie.",
            "A worker prepares a week's meals at home according to the person's tastes and diet, and can do the grocery shopping or pharmacy errands.",
          ),
          b(
            "Accompagnement à l'épicerie ou courses faites pour la personne, avec rangement des achats et préparation de quelques plats.",
            "Accompaniment to the grocery store or errands run for the person, with groceries put away and a few dishes prepared.",
          ),
        ],
        taxonomyCodes: ["SENIORS.HOMESUPPORT.CHORES"],
        ageMin: 65,
        free: false,
        fees: b("Tarif horaire selon le revenu.", "Hourly rate based on income."),
        applicationProcess: b(
          "Demande par téléphone; une visite à domicile précède le début du service.",
          "Apply by phone; a home visit takes place before service begins.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Présence-surveillance et répit", "Supervision and respite at home"),
          b("Répit à domicile pour proches aidants", "In-home respite for caregivers"),
        ],
        descriptions: [
          b(
            "Une préposée reste auprès de la personne aidée pendant quelques heures pour que le proche aidant puisse sortir, se reposer ou aller à ses rendez-vous.",
            "A worker stays with the person receiving care for a few hours so the caregiver can go out, rest or attend appointments.",
          ),
          b(
            "Gardiennage de jour ou de soir auprès d'une personne atteinte d'Alzheimer ou en perte d'autonomie, par du personnel formé en accompagnement.",
            "Day or evening sitting for a person with Alzheimer's disease or reduced autonomy, by staff trained in companionship.",
          ),
        ],
        taxonomyCodes: ["SENIORS.CAREGIVER.RESPITE"],
        free: false,
        fees: b(
          "De 18 $ à 30 $ l'heure; certaines heures peuvent être financées par le CLSC.",
          "$18 to $30 an hour; some hours may be funded by the CLSC.",
        ),
        applicationProcess: b(
          "Appeler pour planifier une rencontre avec la personne aidée et son proche aidant.",
          "Call to schedule a meeting with the person receiving care and their caregiver.",
        ),
        hours: "split",
        languages: FR,
      },
      {
        names: [
          b("Petits travaux et adaptation du domicile", "Small repairs and home adaptation"),
          b("Service d'homme à tout faire pour aînés", "Handyman service for seniors"),
        ],
        descriptions: [
          b(
            "Installation de barres d'appui, de mains courantes et de rampes, réparation de marches et petits travaux d'entretien pour prévenir les chutes.",
            "Installation of grab bars, handrails and ramps, step repairs and small maintenance jobs to prevent falls.",
          ),
          b(
            "Information sur les programmes d'adaptation de domicile et de rénovation pour les ménages à faible revenu, et aide pour remplir les demandes.",
            "Information on home adaptation and renovation programs for low-income households, and help filling out applications.",
          ),
        ],
        taxonomyCodes: ["HOUSING.REPAIR"],
        free: false,
        fees: b("Tarif horaire modique, plus le coût des matériaux.", "Modest hourly rate, plus materials."),
        applicationProcess: b(
          "Décrire les travaux par téléphone; une soumission gratuite est faite sur place.",
          "Describe the job by phone; a free estimate is done on site.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
];

// ─── Revenu et emploi ────────────────────────────────────────────────────────
const INCOME_KINDS: OrgKindSeed[] = [
  {
    key: "budget-counselling",
    weight: 0.8,
    names: [
      b("Carrefour budgétaire {area}", "{area} Budget Counselling Centre"),
      b("Service d'aide en consommation de {city}", "{city} Consumer Help Service"),
      b(
        "Association d'économie familiale Boussole-Budget {area}",
        "Boussole-Budget Family Economics Association – {area}",
      ),
    ],
    descriptions: [
      b(
        "Organisme d'éducation populaire en consommation qui aide les ménages à reprendre le contrôle de leurs finances. Consultations budgétaires confidentielles, accompagnement en cas d'endettement et ateliers de groupe.",
        "A popular-education consumer organization that helps households regain control of their finances. Confidential budget consultations, support with debt problems and group workshops.",
      ),
      b(
        "Service gratuit de consultation budgétaire et de soutien aux personnes endettées, sans jugement ni produit à vendre. L'organisme offre aussi un comptoir d'impôts au printemps.",
        "A free budget counselling and debt support service, with no judgment and nothing to sell. The organization also runs a tax clinic in the spring.",
      ),
    ],
    taxonomyCodes: [
      "INCOME.BUDGET",
      "INCOME.DEBT",
      "INCOME.TAX",
      "INCOME.ENERGY",
      "EDUCATION.POPULAR",
      "LEGAL.CONSUMER",
    ],
    services: [
      {
        names: [
          b("Consultation budgétaire individuelle", "One-on-one budget counselling"),
          b("Faire le point sur son budget", "Budget check-up"),
        ],
        descriptions: [
          b(
            "Une conseillère budgétaire rencontre la personne ou le couple pour dresser le portrait des revenus et des dépenses et bâtir un budget réaliste. Deux ou trois rencontres sont habituellement nécessaires.",
            "A budget counsellor meets with the person or couple to map out income and expenses and build a realistic budget. Two or three meetings are usually needed.",
          ),
          b(
            "Consultation confidentielle pour les personnes qui n'arrivent plus à joindre les deux bouts : priorisation des paiements, trucs pour réduire les dépenses, programmes d'aide méconnus.",
            "Confidential counselling for people who can no longer make ends meet: prioritizing payments, ways to cut expenses, little-known assistance programs.",
          ),
        ],
        taxonomyCodes: ["INCOME.BUDGET"],
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous par téléphone; apporter ses relevés bancaires et ses factures récentes.",
          "Book by phone; bring bank statements and recent bills.",
        ),
        requiredDocuments: [DOC_INCOME],
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Accompagnement en situation d'endettement", "Debt support"),
          b("Solutions au surendettement", "Over-indebtedness solutions"),
        ],
        descriptions: [
          b(
            "Analyse de la situation d'endettement et présentation des options : entente avec les créanciers, dépôt volontaire, proposition de consommateur ou faillite. La conseillère peut communiquer avec les créanciers.",
            "Analysis of the debt situation and a review of the options: agreements with creditors, voluntary deposit, consumer proposal or bankruptcy. The counsellor can contact creditors.",
          ),
          b(
            "Soutien aux personnes harcelées par des agences de recouvrement ou prises avec des prêts à taux élevé; information sur leurs droits.",
            "Support for people harassed by collection agencies or stuck with high-interest loans; information on their rights.",
          ),
        ],
        taxonomyCodes: ["INCOME.DEBT"],
        free: true,
        applicationProcess: b(
          "Sur rendez-vous; apporter la liste des dettes et les derniers relevés de crédit.",
          "By appointment; bring a list of debts and recent credit statements.",
        ),
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Comptoir d'impôts", "Tax clinic"),
          b("Déclarations de revenus à faible coût", "Low-cost tax returns"),
        ],
        descriptions: [
          b(
            "De mars à avril, des bénévoles formés remplissent les déclarations de revenus fédérale et provinciale des personnes à faible revenu, y compris celles des années antérieures.",
            "From March to April, trained volunteers prepare federal and provincial income tax returns for low-income people, including returns for previous years.",
          ),
          b(
            "Production des déclarations pour avoir droit aux crédits et prestations (crédit de solidarité, allocation canadienne pour enfants, supplément de revenu garanti).",
            "Tax returns prepared so people receive the credits and benefits they are entitled to (solidarity tax credit, Canada child benefit, Guaranteed Income Supplement).",
          ),
        ],
        taxonomyCodes: ["INCOME.TAX"],
        eligibility: b(
          "Revenu annuel d'environ 35 000 $ ou moins pour une personne seule, plus selon la taille du ménage; situation fiscale simple.",
          "Annual income of about $35,000 or less for a single person, more depending on household size; simple tax situation.",
        ),
        free: true,
        applicationProcess: b(
          "Déposer ses documents au comptoir pendant la période des impôts; les déclarations sont prêtes en deux semaines.",
          "Drop off documents at the clinic during tax season; returns are ready within two weeks.",
        ),
        requiredDocuments: [DOC_ID, DOC_TAX, DOC_NOA],
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Aide pour les factures d'électricité", "Help with electricity bills"),
          b("Entente de paiement avec le fournisseur d'énergie", "Payment plan with the energy provider"),
        ],
        descriptions: [
          b(
            "Aide pour négocier une entente de paiement et éviter une interruption de service d'électricité, et information sur les programmes d'efficacité énergétique pour ménages à faible revenu.",
            "Help negotiating a payment plan to avoid an electricity cut-off, and information on energy efficiency programs for low-income households.",
          ),
          b(
            "Accompagnement des ménages qui ont reçu un avis d'interruption ou qui ont une facture de chauffage impayée, en lien avec le fournisseur.",
            "Support for households who have received a disconnection notice or have an unpaid heating bill, in contact with the provider.",
          ),
        ],
        taxonomyCodes: ["INCOME.ENERGY"],
        free: true,
        applicationProcess: b(
          "Téléphoner dès la réception d'un avis; apporter la dernière facture.",
          "Call as soon as you receive a notice; bring your latest bill.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Ateliers « Mon budget, mes choix »", "“My budget, my choices” workshops"),
          b("Ateliers sur la consommation et les arnaques", "Workshops on consumer rights and scams"),
        ],
        descriptions: [
          b(
            "Ateliers de groupe gratuits sur le budget, le crédit, l'épicerie à petit prix et les contrats (cellulaire, gym, vente itinérante). Offerts aussi dans les organismes qui en font la demande.",
            "Free group workshops on budgeting, credit, low-cost grocery shopping and contracts (cell phones, gyms, door-to-door sales). Also offered in organizations on request.",
          ),
          b(
            "Rencontres pour reconnaître les fraudes et les pratiques commerciales abusives, et savoir comment porter plainte.",
            "Sessions on recognizing scams and unfair business practices, and knowing how to file a complaint.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.POPULAR", "LEGAL.CONSUMER"],
        free: true,
        applicationProcess: b("Inscription par téléphone ou sur place.", "Register by phone or in person."),
        hours: "evening",
        languages: FR,
      },
    ],
  },
  {
    key: "mutual-aid-fund",
    weight: 0.5,
    names: [
      b("Fonds d'entraide de {city}", "{city} Mutual Aid Fund"),
      b("Caisse d'entraide communautaire {area}", "{area} Community Loan Fund"),
      b("Le Coup de pouce financier {area}", "Le Coup de pouce – {area} Financial Help"),
    ],
    descriptions: [
      b(
        "Fonds communautaire qui accorde de petits prêts sans intérêt aux personnes à faible revenu exclues du crédit bancaire. Chaque prêt est accompagné d'un suivi budgétaire.",
        "A community fund that grants small interest-free loans to low-income people excluded from bank credit. Each loan comes with budget follow-up.",
      ),
      b(
        "Organisme qui aide à traverser un imprévu financier : prêt de dépannage, aide ponctuelle pour un besoin essentiel, soutien pour les médicaments. L'objectif est d'éviter le recours aux prêteurs à taux abusifs.",
        "An organization helping people get through an unexpected financial setback: short-term loans, one-time help with an essential need, support with medication. The goal is to avoid predatory lenders.",
      ),
    ],
    taxonomyCodes: ["INCOME.MICROLOAN", "INCOME.EMERGENCY", "HEALTH.PHARMACY"],
    services: [
      {
        names: [
          b("Prêt de dépannage sans intérêt", "Interest-free emergency loan"),
          b("Microprêt communautaire", "Community microloan"),
        ],
        descriptions: [
          b(
            "Prêt de 100 $ à 1 000 $ sans intérêt pour un besoin essentiel (dépôt de logement, réparation d'auto pour travailler, électroménager brisé), remboursable par petits versements.",
            "An interest-free loan of $100 to $1,000 for an essential need (housing deposit, car repair to get to work, broken appliance), repaid in small instalments.",
          ),
          b(
            "Petits prêts accordés après une rencontre budgétaire, avec un plan de remboursement adapté au revenu. Aucune enquête de crédit.",
            "Small loans granted after a budget meeting, with a repayment plan adapted to income. No credit check.",
          ),
        ],
        taxonomyCodes: ["INCOME.MICROLOAN"],
        eligibility: b(
          "Personnes à faible revenu capables de rembourser de petits montants.",
          "Low-income people able to repay small amounts.",
        ),
        free: true,
        applicationProcess: b(
          "Rencontre avec une conseillère, sur rendez-vous; décision en moins d'une semaine.",
          "Meeting with a counsellor by appointment; decision in less than a week.",
        ),
        requiredDocuments: [DOC_ID, DOC_INCOME, DOC_ADDRESS],
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Aide financière ponctuelle", "One-time financial help"),
          b("Dépannage financier d'urgence", "Emergency financial assistance"),
        ],
        descriptions: [
          b(
            "Aide non remboursable, versée directement au fournisseur, pour éviter une coupure d'électricité, payer un loyer en retard ou une lunette cassée quand aucune autre solution n'existe.",
            "Non-repayable help, paid directly to the supplier, to avoid a power cut, cover late rent or broken glasses when no other option exists.",
          ),
          b(
            "Fonds d'urgence pour les ménages qui vivent un imprévu (décès, incendie, perte d'emploi soudaine). Chaque demande est évaluée avec la personne.",
            "An emergency fund for households facing an unexpected event (death, fire, sudden job loss). Each request is reviewed with the person.",
          ),
        ],
        taxonomyCodes: ["INCOME.EMERGENCY"],
        free: true,
        applicationProcess: b(
          "Téléphoner pour expliquer la situation; une rencontre est fixée rapidement.",
          "Call to explain the situation; a meeting is scheduled quickly.",
        ),
        requiredDocuments: [DOC_INCOME],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Aide pour les médicaments", "Help paying for medication"),
          b("Fonds médicaments", "Medication fund"),
        ],
        descriptions: [
          b(
            "Paiement de la franchise ou de la coassurance pour des médicaments prescrits, directement à la pharmacie, pour les personnes qui ne peuvent pas les payer ce mois-ci.",
            "Payment of the deductible or co-insurance for prescribed medication, directly to the pharmacy, for people who cannot afford it this month.",
          ),
          b(
            "Information sur l'assurance médicaments et sur la gratuité pour les prestataires de l'aide sociale et les aînés à faible revenu, avec aide pour faire les démarches.",
            "Information on drug insurance and free prescriptions for social assistance recipients and low-income seniors, with help making the arrangements.",
          ),
        ],
        taxonomyCodes: ["HEALTH.PHARMACY"],
        free: true,
        applicationProcess: b(
          "Apporter l'ordonnance ou la facture de la pharmacie lors d'une rencontre.",
          "Bring the prescription or pharmacy bill to a meeting.",
        ),
        requiredDocuments: [DOC_RAMQ],
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "welfare-rights",
    weight: 0.5,
    names: [
      b("Association pour la défense des droits sociaux {area}", "{area} Social Rights Association"),
      b("Comité des citoyens pour le droit au revenu de {city}", "{city} Citizens' Committee for Income Rights"),
      b("Front commun des personnes assistées sociales {area}", "{area} Common Front of Social Assistance Recipients"),
    ],
    descriptions: [
      b(
        "Groupe de défense collective des droits qui informe et accompagne les personnes à l'aide sociale ou à faible revenu. Il défend aussi publiquement un revenu suffisant pour vivre dans la dignité.",
        "A rights advocacy group that informs and supports people on social assistance or with low incomes. It also publicly advocates for an income that allows people to live with dignity.",
      ),
      b(
        "Organisme qui aide les citoyens à s'y retrouver dans les programmes gouvernementaux : aide sociale, solidarité sociale, pension, prestations familiales. Il offre de l'accompagnement en cas de refus ou de réclamation.",
        "An organization that helps residents find their way through government programs: social assistance, social solidarity, pensions, family benefits. It provides support when a claim is refused or an overpayment is claimed.",
      ),
    ],
    taxonomyCodes: ["INCOME.LASTRESORT", "LEGAL.RIGHTS", "INCOME.BENEFITS"],
    services: [
      {
        names: [
          b("Information sur l'aide sociale", "Social assistance information"),
          b("Aide pour faire une demande d'aide de dernier recours", "Help applying for last-resort assistance"),
        ],
        descriptions: [
          b(
            "Explication des programmes d'aide sociale et de solidarité sociale, des montants, des contraintes à l'emploi et des prestations spéciales, et aide pour remplir la demande.",
            "An explanation of social assistance and social solidarity programs, amounts, employment constraints and special benefits, with help filling out the application.",
          ),
          b(
            "Rencontre pour vérifier l'admissibilité et préparer les documents avant de présenter une demande d'aide de dernier recours.",
            "A meeting to check eligibility and prepare documents before applying for last-resort assistance.",
          ),
        ],
        taxonomyCodes: ["INCOME.LASTRESORT"],
        free: true,
        applicationProcess: b(
          "Passer pendant les heures de permanence ou prendre rendez-vous.",
          "Drop in during office hours or book an appointment.",
        ),
        requiredDocuments: [DOC_ID, DOC_ADDRESS],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Accompagnement en révision et contestation", "Support with reviews and appeals"),
          b("Défense des droits des prestataires", "Advocacy for benefit recipients"),
        ],
        descriptions: [
          b(
            "Aide pour contester une décision (refus, coupure, réclamation de trop-payé) : demande de révision, préparation d'un recours au Tribunal administratif du Québec.",
            "Help appealing a decision (refusal, cut-off, overpayment claim): requesting a review, preparing an appeal to the Tribunal administratif du Québec.",
          ),
          b(
            "Accompagnement individuel et ateliers collectifs sur les droits des personnes à l'aide sociale et sur les recours possibles.",
            "One-on-one support and group workshops on the rights of social assistance recipients and available remedies.",
          ),
        ],
        taxonomyCodes: ["LEGAL.RIGHTS"],
        free: true,
        applicationProcess: b(
          "Appeler rapidement après la décision : les délais de révision sont courts (90 jours).",
          "Call soon after the decision: review deadlines are short (90 days).",
        ),
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Aide pour remplir les formulaires gouvernementaux", "Help with government forms"),
          b("Clinique formulaires et prestations", "Forms and benefits clinic"),
        ],
        descriptions: [
          b(
            "Aide pour remplir les demandes de pension de la Sécurité de la vieillesse, de supplément de revenu garanti, de rente du Québec, d'assurance-emploi et d'allocations familiales.",
            "Help filling out applications for Old Age Security, the Guaranteed Income Supplement, the Québec Pension Plan, employment insurance and family allowances.",
          ),
          b(
            "Un bénévole explique les lettres reçues des gouvernements et aide à y répondre. Utile pour les personnes peu à l'aise avec l'écrit ou l'informatique.",
            "A volunteer explains letters received from governments and helps answer them. Useful for people who are not comfortable with reading or computers.",
          ),
        ],
        taxonomyCodes: ["INCOME.BENEFITS"],
        free: true,
        applicationProcess: b(
          "Sans rendez-vous le mardi et le jeudi, ou sur rendez-vous.",
          "Drop in on Tuesdays and Thursdays, or by appointment.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "parish-mutual-aid",
    weight: 2,
    names: [
      b("Entraide paroissiale de {city}", "{city} Parish Mutual Aid"),
      b("Conférence d'entraide Saint-Vincent de {city}", "Saint-Vincent Mutual Aid Conference – {city}"),
      b("Comptoir d'entraide {city}", "{city} Mutual Aid Counter"),
    ],
    descriptions: [
      b(
        "Petit organisme bénévole rattaché à la communauté locale qui dépanne les familles et les personnes seules dans le besoin : bons d'épicerie, vêtements, aide ponctuelle. Tout se fait discrètement, entre voisins.",
        "A small volunteer organization rooted in the local community that helps families and individuals in need: grocery vouchers, clothing, one-time assistance. Everything is done discreetly, among neighbours.",
      ),
      b(
        "Groupe d'entraide de village, actif depuis des décennies, qui recueille les dons de la population et les redistribue à ceux qui en ont besoin. Il organise aussi la guignolée et aide les familles sinistrées.",
        "A village mutual aid group, active for decades, that collects donations from residents and redistributes them to those in need. It also runs the holiday food drive and helps families after a disaster.",
      ),
    ],
    taxonomyCodes: [
      "INCOME.EMERGENCY",
      "FOOD.BANK.EMERGENCY",
      "GOODS.CLOTHING.GET",
      "FOOD.BANK.HOLIDAY",
      "VIOLENCE.DISASTER",
    ],
    services: [
      {
        names: [f("Bons d'achat d'épicerie"), f("Dépannage par bons d'achat")],
        descriptions: [
          f(
            "Remise de bons d'achat échangeables à l'épicerie du village pour les familles et les personnes seules qui traversent une période difficile. Une visite à domicile peut être faite par deux bénévoles.",
          ),
          f(
            "Aide alimentaire sous forme de bons d'épicerie, accordée après une courte rencontre confidentielle avec un bénévole du comité.",
          ),
        ],
        taxonomyCodes: ["FOOD.BANK.EMERGENCY", "INCOME.EMERGENCY"],
        eligibility: f("Résidents de la municipalité ou de la paroisse."),
        free: true,
        applicationProcess: f("Laisser un message sur la boîte vocale; un bénévole rappelle dans les 24 heures."),
        hours: "appointment",
        languages: FR,
        englishMissing: true,
      },
      {
        names: [
          b("Vestiaire communautaire", "Community clothing room"),
          b("Comptoir de vêtements usagés", "Used clothing counter"),
        ],
        descriptions: [
          b(
            "Vêtements usagés propres pour toute la famille, gratuits pour les personnes référées et à quelques dollars pour les autres. Les profits financent les dépannages.",
            "Clean used clothing for the whole family, free for people who are referred and a few dollars for others. Proceeds fund emergency assistance.",
          ),
          b(
            "Petit comptoir ouvert deux jours par semaine au sous-sol de l'église, tenu par des bénévoles, avec vêtements, literie et articles de cuisine.",
            "A small counter open two days a week in the church basement, run by volunteers, with clothing, bedding and kitchenware.",
          ),
        ],
        taxonomyCodes: ["GOODS.CLOTHING.GET"],
        free: false,
        fees: b("De 0,50 $ à 5 $ l'article; gratuit sur référence.", "$0.50 to $5 per item; free on referral."),
        applicationProcess: b("Se présenter pendant les heures d'ouverture.", "Drop in during opening hours."),
        hours: "split",
        languages: FR,
      },
      {
        names: [
          b("Guignolée et paniers de Noël", "Holiday food drive and Christmas baskets"),
          b("Paniers de Noël de la paroisse", "Parish Christmas baskets"),
        ],
        descriptions: [
          b(
            "La guignolée de décembre permet de remettre des paniers de Noël aux familles et aux aînés seuls de la municipalité. Les bénévoles livrent à domicile.",
            "The December food drive makes it possible to give Christmas baskets to families and seniors living alone in the municipality. Volunteers deliver them to the home.",
          ),
          b(
            "Paniers de denrées et cadeaux pour les enfants, préparés avec l'aide de l'école et des commerçants du village.",
            "Food baskets and gifts for children, prepared with help from the school and village merchants.",
          ),
        ],
        taxonomyCodes: ["FOOD.BANK.HOLIDAY"],
        free: true,
        applicationProcess: b(
          "S'inscrire avant le 1er décembre auprès du comité.",
          "Sign up with the committee before December 1.",
        ),
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Aide aux familles sinistrées", "Help for disaster-stricken families"),
          b("Dépannage après un incendie ou une inondation", "Help after a fire or flood"),
        ],
        descriptions: [
          b(
            "Après un incendie, une inondation ou une évacuation, le comité fournit rapidement vêtements, literie, denrées et un premier montant d'aide, en lien avec la municipalité et les services d'urgence.",
            "After a fire, flood or evacuation, the committee quickly provides clothing, bedding, food and initial financial help, in coordination with the municipality and emergency services.",
          ),
          b(
            "Soutien concret aux ménages sinistrés pendant les premiers jours : hébergement chez des familles bénévoles, meubles de base et accompagnement pour les démarches d'assurance.",
            "Practical support for affected households during the first days: lodging with volunteer families, basic furniture and help with insurance paperwork.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.DISASTER", "INCOME.EMERGENCY"],
        free: true,
        applicationProcess: b(
          "Téléphoner en tout temps; la municipalité peut aussi faire la référence.",
          "Call at any time; the municipality can also make the referral.",
        ),
        hours: "twentyfourseven",
        languages: FR,
      },
    ],
  },
];

const EMPLOYMENT_KINDS: OrgKindSeed[] = [
  {
    key: "employment-service",
    weight: 1,
    names: [
      b("Service d'aide à l'emploi {area}", "{area} Employment Assistance Service"),
      b("Le Levier emploi de {city}", "Le Levier – {city} Employment Centre"),
      b("Centre d'orientation et d'emploi Cap-Avenir {area}", "Cap-Avenir Career and Employment Centre – {area}"),
    ],
    descriptions: [
      b(
        "Organisme en employabilité qui accompagne les adultes dans leur recherche d'emploi, leur orientation ou leur retour aux études. Les services sont gratuits et financés par Services Québec.",
        "An employment organization that supports adults with job search, career guidance or going back to school. Services are free and funded by Services Québec.",
      ),
      b(
        "Centre d'emploi communautaire où l'on trouve des conseillers, des ordinateurs, des offres d'emploi locales et des ateliers de groupe. Des services sont adaptés aux 50 ans et plus et aux personnes qui veulent se lancer en affaires.",
        "A community employment centre with counsellors, computers, local job postings and group workshops. Some services are tailored to people 50+ and to those who want to start a business.",
      ),
    ],
    taxonomyCodes: ["EMPLOYMENT.SEARCH", "EMPLOYMENT.TRAINING", "EMPLOYMENT.OLDER", "EMPLOYMENT.ENTREPRENEUR"],
    services: [
      {
        names: [
          b("Aide à la recherche d'emploi", "Job search help"),
          b("CV et préparation aux entrevues", "Résumés and interview preparation"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles avec un conseiller pour rédiger ou mettre à jour son CV, cibler les employeurs, se préparer aux entrevues et faire le suivi des candidatures.",
            "One-on-one meetings with a counsellor to write or update a résumé, target employers, prepare for interviews and follow up on applications.",
          ),
          b(
            "Accès libre à un poste informatique, à une imprimante et au tableau des offres d'emploi de la région, avec de l'aide sur place au besoin.",
            "Free access to a computer, a printer and the regional job board, with on-site help if needed.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.SEARCH"],
        ageMin: 16,
        free: true,
        applicationProcess: b(
          "Téléphoner pour une première rencontre; délai habituel de moins d'une semaine.",
          "Call to book a first meeting; usually within a week.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Club de recherche d'emploi", "Job search club"),
          b("Groupe intensif de recherche d'emploi", "Intensive job search group"),
        ],
        descriptions: [
          b(
            "Programme de trois semaines en groupe : bilan de compétences, marché caché de l'emploi, appels aux employeurs et simulations d'entrevue. La majorité des participants trouvent un emploi dans les trois mois.",
            "A three-week group program: skills assessment, the hidden job market, calls to employers and mock interviews. Most participants find work within three months.",
          ),
          b(
            "Groupe de recherche d'emploi à temps plein, avec allocation de participation possible selon l'admissibilité.",
            "A full-time job search group, with a possible participation allowance depending on eligibility.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.SEARCH"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Rencontre d'évaluation obligatoire avant l'inscription au prochain groupe.",
          "An assessment meeting is required before joining the next group.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Orientation et retour aux études", "Career guidance and return to school"),
          b("Bilan d'orientation professionnelle", "Career guidance assessment"),
        ],
        descriptions: [
          b(
            "Démarche d'orientation avec une conseillère d'orientation : intérêts, valeurs, exploration de métiers et des formations courtes offertes dans la région.",
            "A career guidance process with a guidance counsellor: interests, values, exploring trades and the short training programs offered in the region.",
          ),
          b(
            "Aide pour choisir une formation menant à l'emploi, s'inscrire et demander le soutien financier disponible pendant les études.",
            "Help choosing a job-oriented training program, enrolling and applying for financial support during studies.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.TRAINING"],
        free: true,
        applicationProcess: b("Prendre rendez-vous avec l'accueil.", "Book an appointment with reception."),
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Services emploi 50 ans et plus", "Employment services for people 50+"),
          b("Retour au travail pour travailleurs expérimentés", "Back to work for experienced workers"),
        ],
        descriptions: [
          b(
            "Accompagnement adapté aux 50 ans et plus : valoriser son expérience, se familiariser avec la recherche d'emploi en ligne, envisager un emploi à temps partiel ou une retraite progressive.",
            "Support tailored to people 50 and over: showcasing experience, getting comfortable with online job search, considering part-time work or phased retirement.",
          ),
          b(
            "Groupe de douze semaines pour les travailleurs expérimentés sans emploi, avec stage possible chez un employeur.",
            "A twelve-week group for unemployed experienced workers, with a possible placement with an employer.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.OLDER"],
        ageMin: 50,
        free: true,
        applicationProcess: b(
          "Inscription par téléphone; une rencontre d'accueil précède l'entrée en groupe.",
          "Register by phone; an intake meeting precedes the group.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Soutien au démarrage d'entreprise", "Business start-up support"),
          b("Accompagnement au travail autonome", "Self-employment coaching"),
        ],
        descriptions: [
          b(
            "Aide pour valider une idée d'affaires, rédiger un plan d'affaires et trouver du financement, avec formation en gestion pour les futurs travailleurs autonomes.",
            "Help validating a business idea, writing a business plan and finding financing, with management training for future self-employed workers.",
          ),
          b(
            "Rencontres de coaching et ateliers de groupe pour lancer une petite entreprise ou un service à son compte.",
            "Coaching meetings and group workshops for launching a small business or a self-employed service.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.ENTREPRENEUR"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Remplir le formulaire de première rencontre; un conseiller rappelle dans la semaine.",
          "Fill out the first-meeting form; an advisor calls back within a week.",
        ),
        hours: "appointment",
        languages: FR,
      },
    ],
  },
  {
    key: "work-integration",
    weight: 0.5,
    names: [
      b("Entreprise d'insertion Le Chantier {area}", "Le Chantier Work Integration Enterprise – {area}"),
      b("Atelier-école La Relance de {city}", "La Relance Training Workshop – {city}"),
      b("Traiteur d'insertion La Bonne Fourchette {area}", "La Bonne Fourchette Work Integration Caterer – {area}"),
    ],
    descriptions: [
      b(
        "Entreprise d'insertion qui offre à des adultes éloignés du marché du travail un emploi rémunéré de six mois, avec formation et accompagnement. Les participants produisent de vrais biens et services vendus à la population.",
        "A work integration enterprise offering adults who are far from the job market a paid six-month job, with training and support. Participants produce real goods and services sold to the public.",
      ),
      b(
        "Organisme d'économie sociale qui combine travail en cuisine, en entretien ou en manutention et accompagnement personnel. À la fin du parcours, l'équipe aide chacun à trouver un emploi ou à retourner aux études.",
        "A social economy organization combining work in food services, maintenance or warehousing with personal support. At the end of the program, the team helps each participant find a job or return to school.",
      ),
    ],
    taxonomyCodes: ["EMPLOYMENT.INTEGRATION", "EMPLOYMENT.TRAINING"],
    services: [
      {
        names: [
          b("Parcours d'insertion rémunéré", "Paid work integration program"),
          b("Emploi-formation de 26 semaines", "26-week paid training job"),
        ],
        descriptions: [
          b(
            "Emploi à temps plein au salaire minimum pendant 26 semaines, avec formation en milieu de travail, suivi psychosocial et aide à la recherche d'emploi à la fin du parcours.",
            "A full-time minimum-wage job for 26 weeks, with on-the-job training, psychosocial follow-up and job search help at the end of the program.",
          ),
          b(
            "Parcours pour les personnes qui n'ont jamais travaillé ou qui ont été longtemps absentes du marché du travail : horaire stable, équipe bienveillante et apprentissages concrets.",
            "A program for people who have never worked or have been out of the workforce for a long time: a steady schedule, a supportive team and hands-on learning.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.INTEGRATION"],
        ageMin: 18,
        eligibility: b(
          "Adultes sans emploi, souvent à l'aide sociale, sans expérience de travail récente.",
          "Unemployed adults, often on social assistance, without recent work experience.",
        ),
        free: true,
        applicationProcess: b(
          "Assister à une séance d'information, puis passer une entrevue; nouvelles cohortes plusieurs fois par année.",
          "Attend an information session, then an interview; new cohorts start several times a year.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Formation qualifiante en cuisine d'établissement", "Institutional kitchen skills training"),
          b("Formation pratique en entretien et manutention", "Hands-on maintenance and warehouse training"),
        ],
        descriptions: [
          b(
            "Formation pratique menant à une attestation (hygiène et salubrité alimentaire, chariot élévateur, SIMDUT) dans le cadre du parcours d'insertion.",
            "Hands-on training leading to certificates (food hygiene and safety, forklift, WHMIS) as part of the integration program.",
          ),
          b(
            "Apprentissage des bases d'un métier en situation réelle de travail, avec un compagnon formateur.",
            "Learning the basics of a trade in a real work setting, alongside a trainer.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.TRAINING", "EMPLOYMENT.INTEGRATION"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Offerte aux participants du parcours d'insertion; renseignements à l'accueil.",
          "Offered to integration program participants; ask at reception.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "disability-employment",
    weight: 0.4,
    names: [
      b(
        "Service spécialisé de main-d'œuvre Équi-Travail {area}",
        "Équi-Travail Specialized Employment Service – {area}",
      ),
      b("Intégration au travail Les Passerelles {area}", "Les Passerelles Employment Integration – {area}"),
    ],
    descriptions: [
      b(
        "Service spécialisé qui aide les personnes handicapées ou ayant un trouble de santé mentale à trouver et à garder un emploi. Les conseillers travaillent aussi avec les employeurs pour adapter les postes.",
        "A specialized service helping people with disabilities or mental health conditions find and keep a job. Counsellors also work with employers to adapt positions.",
      ),
      b(
        "Organisme d'intégration en emploi pour les personnes ayant des limitations fonctionnelles physiques, sensorielles, intellectuelles ou psychiques. Il informe les employeurs sur les subventions salariales disponibles.",
        "An employment integration organization for people with physical, sensory, intellectual or mental health limitations. It informs employers about available wage subsidies.",
      ),
    ],
    taxonomyCodes: ["EMPLOYMENT.DISABILITY"],
    services: [
      {
        names: [
          b("Intégration en emploi des personnes handicapées", "Employment integration for people with disabilities"),
          b("Recherche d'emploi adaptée", "Adapted job search"),
        ],
        descriptions: [
          b(
            "Évaluation des capacités et des besoins d'adaptation, recherche d'emploi ciblée, préparation aux entrevues et présence lors des premières semaines en poste.",
            "Assessment of abilities and accommodation needs, targeted job search, interview preparation and on-site support during the first weeks on the job.",
          ),
          b(
            "Accompagnement individuel pour les personnes ayant une limitation qui souhaitent intégrer le marché du travail, à temps plein ou à temps partiel.",
            "One-on-one support for people with a disability who want to enter the workforce, full-time or part-time.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.DISABILITY"],
        ageMin: 16,
        eligibility: b(
          "Personnes ayant une limitation fonctionnelle reconnue (diagnostic ou attestation d'un professionnel).",
          "People with a recognized disability (diagnosis or professional attestation).",
        ),
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous directement ou demander une référence à Services Québec.",
          "Book directly or ask Services Québec for a referral.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Soutien au maintien en emploi", "Job retention support"),
          b("Accompagnement des employeurs", "Employer support"),
        ],
        descriptions: [
          b(
            "Suivi en milieu de travail pour prévenir les difficultés et conserver son emploi : adaptation du poste, médiation avec l'employeur, formation des collègues.",
            "On-the-job follow-up to prevent problems and keep the job: workplace adaptation, mediation with the employer, training for co-workers.",
          ),
          b(
            "Information et soutien aux employeurs qui embauchent une personne handicapée : aménagements, subvention salariale, sensibilisation de l'équipe.",
            "Information and support for employers hiring a person with a disability: accommodations, wage subsidy, team awareness.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.DISABILITY"],
        free: true,
        applicationProcess: b(
          "La personne ou son employeur communique avec le conseiller attitré.",
          "The person or their employer contacts the assigned counsellor.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "youth-employment-centre",
    weight: 1,
    names: [
      b("Carrefour jeunesse-emploi Horizon {area}", "Horizon Youth Employment Centre – {area}"),
      b("Le Tremplin jeunesse-emploi de {city}", "Le Tremplin – {city} Youth Employment Centre"),
      b("Carrefour jeunesse-emploi Cap-Jeunesse {area}", "Cap-Jeunesse Youth Employment Centre – {area}"),
    ],
    descriptions: [
      b(
        "Carrefour jeunesse-emploi qui accompagne les 16 à 35 ans dans leur parcours vers l'emploi, le retour aux études ou le démarrage d'un projet. Les jeunes y trouvent une équipe accueillante et des services gratuits.",
        "A youth employment centre supporting people aged 16 to 35 on their path to work, back to school or launching a project. Young people find a welcoming team and free services.",
      ),
      b(
        "Organisme jeunesse qui mise sur l'engagement : aide à l'emploi, persévérance scolaire, coopératives jeunesse de services l'été et soutien aux jeunes entrepreneurs.",
        "A youth organization built on engagement: job help, school perseverance, summer youth service co-ops and support for young entrepreneurs.",
      ),
    ],
    taxonomyCodes: ["YOUTH.EMPLOYMENT", "YOUTH.DROPOUT", "VOLUNTEER.YOUTH", "EMPLOYMENT.ENTREPRENEUR"],
    services: [
      {
        names: [
          b("Aide à l'emploi pour les 16-35 ans", "Job help for ages 16-35"),
          b("Premier emploi et emploi d'été", "First jobs and summer jobs"),
        ],
        descriptions: [
          b(
            "Accompagnement pour trouver un premier emploi, un emploi d'été ou un emploi à temps plein : CV, lettre, préparation à l'entrevue et contacts avec les employeurs de la région.",
            "Support to find a first job, a summer job or full-time work: résumé, cover letter, interview preparation and contacts with local employers.",
          ),
          b(
            "Rencontres individuelles et ateliers pour les jeunes qui cherchent du travail, avec un accès libre aux ordinateurs et aux offres d'emploi.",
            "One-on-one meetings and workshops for young job seekers, with free access to computers and job postings.",
          ),
        ],
        taxonomyCodes: ["YOUTH.EMPLOYMENT"],
        ageMin: 16,
        ageMax: 35,
        free: true,
        applicationProcess: b(
          "Passer sans rendez-vous ou écrire par texto ou courriel.",
          "Drop in or reach out by text or email.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Raccrochage et persévérance scolaire", "Dropout recovery and school perseverance"),
          b("Retour aux études pour les jeunes", "Back to school for youth"),
        ],
        descriptions: [
          b(
            "Suivi des jeunes qui ont quitté l'école ou qui pensent décrocher : exploration des options, inscription en formation générale des adultes ou professionnelle, soutien pendant la première session.",
            "Follow-up for young people who have left school or are thinking of dropping out: exploring options, enrolling in adult or vocational education, support during the first term.",
          ),
          b(
            "Intervention en milieu scolaire auprès des élèves à risque de décrochage, en collaboration avec les écoles secondaires du territoire.",
            "In-school support for students at risk of dropping out, in partnership with local high schools.",
          ),
        ],
        taxonomyCodes: ["YOUTH.DROPOUT"],
        ageMin: 15,
        ageMax: 29,
        free: true,
        applicationProcess: b(
          "Le jeune ou son parent téléphone; une rencontre est fixée dans la semaine.",
          "The young person or a parent calls; a meeting is set within the week.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Coopérative jeunesse de services", "Youth service co-op"),
          b("Projet d'entrepreneuriat jeunesse d'été", "Summer youth entrepreneurship project"),
        ],
        descriptions: [
          b(
            "L'été, des ados de 12 à 17 ans créent leur propre coopérative et offrent des services à la communauté (gardiennage, tonte de gazon, lavage d'autos), encadrés par deux animateurs.",
            "In summer, teens aged 12 to 17 create their own co-op and offer services to the community (babysitting, lawn mowing, car washes), supervised by two facilitators.",
          ),
          b(
            "Une première expérience de travail et d'engagement citoyen : les jeunes gèrent leur entreprise, prennent les décisions ensemble et se partagent les revenus.",
            "A first experience of work and civic engagement: young people run their business, make decisions together and share the income.",
          ),
        ],
        taxonomyCodes: ["VOLUNTEER.YOUTH", "YOUTH.EMPLOYMENT"],
        ageMin: 12,
        ageMax: 17,
        free: true,
        applicationProcess: b(
          "Inscription au printemps; recrutement dans les écoles en avril.",
          "Register in the spring; recruitment in schools in April.",
        ),
        hours: "weekend",
        languages: FR,
      },
      {
        names: [
          b("Soutien aux jeunes entrepreneurs", "Support for young entrepreneurs"),
          b("Démarrer son projet à 18-35 ans", "Start your project at 18-35"),
        ],
        descriptions: [
          b(
            "Coaching pour les 18-35 ans qui veulent démarrer une entreprise, un organisme ou un projet culturel : idée, plan d'affaires, financement et réseautage.",
            "Coaching for 18- to 35-year-olds who want to start a business, a non-profit or a cultural project: idea, business plan, financing and networking.",
          ),
          b(
            "Ateliers de groupe et rencontres individuelles pour préparer un projet d'entreprise et présenter une demande de financement jeunesse.",
            "Group workshops and one-on-one meetings to prepare a business project and apply for youth financing.",
          ),
        ],
        taxonomyCodes: ["EMPLOYMENT.ENTREPRENEUR"],
        ageMin: 18,
        ageMax: 35,
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous avec la conseillère en entrepreneuriat.",
          "Book a meeting with the entrepreneurship advisor.",
        ),
        hours: "appointment",
        languages: FR_EN,
      },
    ],
  },
];

// ─── Santé ───────────────────────────────────────────────────────────────────
const HEALTH_KINDS: OrgKindSeed[] = [
  {
    key: "health-service-point",
    weight: 0.8,
    names: [
      b("Point de services de santé de {city}", "{city} Health Service Point"),
      b("Centre de santé communautaire {area}", "{area} Community Health Centre"),
      b("Clinique de proximité du secteur {area}", "{area} Neighbourhood Health Clinic"),
    ],
    descriptions: [
      b(
        "Point de service de première ligne qui offre les services courants d'un CLSC : soins infirmiers, prélèvements, vaccination, accueil psychosocial et suivi des familles. On peut s'y présenter même sans médecin de famille.",
        "A primary care service point offering the usual CLSC services: nursing care, blood tests, vaccination, psychosocial intake and family follow-up. You can come even without a family doctor.",
      ),
      b(
        "Clinique de proximité du réseau public de santé et de services sociaux. Les infirmières, travailleuses sociales et nutritionnistes y reçoivent la population du secteur, avec ou sans rendez-vous selon le service.",
        "A neighbourhood clinic of the public health and social services network. Nurses, social workers and dietitians see local residents, with or without an appointment depending on the service.",
      ),
    ],
    taxonomyCodes: ["HEALTH.CLSC", "MENTAL.COUNSEL", "FAMILY.PERINATAL.PREGNANCY"],
    services: [
      {
        names: [
          b("Soins infirmiers et prélèvements", "Nursing care and blood tests"),
          b("Centre de prélèvements et soins courants", "Blood test centre and routine care"),
        ],
        descriptions: [
          b(
            "Prises de sang et analyses sur rendez-vous, pansements, retraits de points, injections et suivi de la pression. Une ordonnance est requise pour les prélèvements.",
            "Blood tests by appointment, dressings, stitch removal, injections and blood pressure follow-up. A prescription is required for blood tests.",
          ),
          b(
            "Soins infirmiers courants pour toute la population du secteur, y compris les personnes sans médecin de famille. Soins à domicile possibles pour les personnes qui ne peuvent pas se déplacer.",
            "Routine nursing care for everyone in the area, including people without a family doctor. Home care is available for people who cannot travel.",
          ),
        ],
        taxonomyCodes: ["HEALTH.CLSC"],
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous en ligne ou par téléphone; apporter l'ordonnance et la carte d'assurance maladie.",
          "Book online or by phone; bring your prescription and health insurance card.",
        ),
        requiredDocuments: [DOC_RAMQ],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Accueil psychosocial", "Psychosocial intake"),
          b("Consultation psychosociale sans rendez-vous", "Walk-in psychosocial consultation"),
        ],
        descriptions: [
          b(
            "Une travailleuse sociale reçoit les personnes qui vivent une difficulté (stress, deuil, séparation, conflit familial, idées noires) et les oriente vers le bon service, à l'interne ou dans la communauté.",
            "A social worker sees people going through a hard time (stress, grief, separation, family conflict, dark thoughts) and refers them to the right service, in-house or in the community.",
          ),
          b(
            "Rencontre d'évaluation rapide, puis suivi psychosocial à court terme ou référence vers un organisme communautaire. Les situations urgentes sont vues le jour même.",
            "A quick assessment meeting, then short-term psychosocial follow-up or referral to a community organization. Urgent situations are seen the same day.",
          ),
        ],
        taxonomyCodes: ["HEALTH.CLSC", "MENTAL.COUNSEL"],
        free: true,
        applicationProcess: b(
          "Se présenter à l'accueil ou téléphoner; aucune référence médicale requise.",
          "Come to reception or call; no medical referral required.",
        ),
        requiredDocuments: [DOC_RAMQ],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [b("Vaccination", "Vaccination"), b("Clinique de vaccination", "Vaccination clinic")],
        descriptions: [
          b(
            "Vaccination des nourrissons et des enfants selon le calendrier québécois, vaccin contre la grippe à l'automne et vaccins pour les adultes (zona, pneumocoque, tétanos).",
            "Vaccination for infants and children according to the Québec schedule, flu shots in the fall and adult vaccines (shingles, pneumococcal, tetanus).",
          ),
          b(
            "Cliniques de vaccination sur rendez-vous pour toute la famille, avec mise à jour du carnet de vaccination.",
            "Vaccination clinics by appointment for the whole family, with updates to the vaccination record.",
          ),
        ],
        taxonomyCodes: ["HEALTH.CLSC"],
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous en ligne ou par téléphone; apporter le carnet de vaccination.",
          "Book online or by phone; bring your vaccination record.",
        ),
        requiredDocuments: [DOC_RAMQ],
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Rencontres prénatales", "Prenatal classes"),
          b("Suivi de grossesse en périnatalité", "Perinatal pregnancy follow-up"),
        ],
        descriptions: [
          b(
            "Rencontres de groupe pour les futurs parents : déroulement de l'accouchement, allaitement, soins au nouveau-né et retour à la maison. Une visite postnatale à domicile suit la naissance.",
            "Group classes for parents-to-be: labour and delivery, breastfeeding, newborn care and going home. A postnatal home visit follows the birth.",
          ),
          b(
            "Suivi infirmier et nutritionnel pendant la grossesse pour les femmes enceintes en situation de vulnérabilité, avec coupons pour lait, œufs et jus d'orange.",
            "Nursing and nutrition follow-up during pregnancy for vulnerable pregnant women, with vouchers for milk, eggs and orange juice.",
          ),
        ],
        taxonomyCodes: ["FAMILY.PERINATAL.PREGNANCY"],
        free: true,
        applicationProcess: b(
          "S'inscrire dès le premier trimestre de grossesse.",
          "Register as early as the first trimester.",
        ),
        requiredDocuments: [DOC_RAMQ],
        hours: "evening",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "health-coop-clinic",
    weight: 0.8,
    names: [
      b("Coop santé Les Rives de {city}", "Les Rives Health Co-op – {city}"),
      b("Clinique médicale communautaire {area}", "{area} Community Medical Clinic"),
      b("Groupe de médecine familiale du Vieux-Clocher de {city}", "Vieux-Clocher Family Medicine Group – {city}"),
    ],
    descriptions: [
      b(
        "Clinique médicale qui offre des consultations avec et sans rendez-vous, des suivis de médecine familiale et une clinique jeunesse. Une infirmière praticienne y travaille avec l'équipe de médecins.",
        "A medical clinic offering walk-in and scheduled consultations, family medicine follow-up and a youth clinic. A nurse practitioner works alongside the doctors.",
      ),
      b(
        "Coopérative de santé mise sur pied par les citoyens pour garder des médecins dans la municipalité. Les membres paient une cotisation annuelle, mais les soins sont couverts par l'assurance maladie.",
        "A health co-op set up by residents to keep doctors in the municipality. Members pay an annual fee, but care is covered by health insurance.",
      ),
    ],
    taxonomyCodes: ["HEALTH.CLINIC", "HEALTH.SEXUAL"],
    services: [
      {
        names: [
          b("Consultations sans rendez-vous", "Walk-in consultations"),
          b("Plages de consultation le jour même", "Same-day appointments"),
        ],
        descriptions: [
          b(
            "Consultations pour des problèmes de santé urgents mais non graves (fièvre, infection, blessure mineure), sur rendez-vous pris le jour même.",
            "Consultations for urgent but non-serious health problems (fever, infection, minor injury), with same-day appointments.",
          ),
          b(
            "Plages ouvertes aux patients inscrits et aux personnes sans médecin de famille du secteur, selon la disponibilité.",
            "Open slots for registered patients and for local people without a family doctor, depending on availability.",
          ),
        ],
        taxonomyCodes: ["HEALTH.CLINIC"],
        free: true,
        applicationProcess: b(
          "Réserver une plage le matin même en ligne ou par téléphone.",
          "Book a slot the same morning online or by phone.",
        ),
        requiredDocuments: [DOC_RAMQ],
        hours: "split",
        languages: FR_EN,
      },
      {
        names: [
          b("Suivi en médecine familiale", "Family medicine follow-up"),
          b("Inscription auprès d'un professionnel de la clinique", "Registration with a clinic professional"),
        ],
        descriptions: [
          b(
            "Prise en charge et suivi des patients inscrits : examens périodiques, maladies chroniques, santé des femmes et des enfants. Les personnes sans médecin doivent s'inscrire au guichet d'accès.",
            "Care and follow-up for registered patients: check-ups, chronic illness, women's and children's health. People without a doctor must register with the access desk.",
          ),
          b(
            "L'équipe aide les personnes sans médecin de famille à s'inscrire au guichet d'accès à un médecin de famille et à obtenir des soins en attendant.",
            "The team helps people without a family doctor register with the family doctor waiting list and get care in the meantime.",
          ),
        ],
        taxonomyCodes: ["HEALTH.CLINIC"],
        free: false,
        fees: b(
          "Soins couverts par la RAMQ; cotisation de membre de la coop de 50 $ par année (facultative pour les personnes à faible revenu).",
          "Care covered by RAMQ; co-op membership fee of $50 per year (optional for low-income people).",
        ),
        applicationProcess: b("S'informer à l'accueil de la clinique.", "Ask at the clinic's reception desk."),
        requiredDocuments: [DOC_RAMQ],
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Clinique jeunesse et santé sexuelle", "Youth and sexual health clinic"),
          b("Contraception et dépistage ITSS", "Contraception and STBBI testing"),
        ],
        descriptions: [
          b(
            "Consultations confidentielles pour les 14-25 ans : contraception, contraception d'urgence, test de grossesse, dépistage des infections transmissibles sexuellement et par le sang.",
            "Confidential consultations for ages 14 to 25: contraception, emergency contraception, pregnancy tests, testing for sexually transmitted and blood-borne infections.",
          ),
          b(
            "Clinique jeunesse sans jugement, avec ou sans rendez-vous; les jeunes de 14 ans et plus peuvent consulter sans l'autorisation de leurs parents.",
            "A non-judgmental youth clinic, with or without an appointment; young people 14 and over can consult without parental consent.",
          ),
        ],
        taxonomyCodes: ["HEALTH.SEXUAL"],
        ageMin: 14,
        ageMax: 25,
        free: true,
        applicationProcess: b("Se présenter ou texter pour réserver.", "Drop in or text to book."),
        hours: "evening",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "community-dental",
    weight: 0.3,
    names: [
      b("Clinique dentaire communautaire {area}", "{area} Community Dental Clinic"),
      b("Sourire solidaire {area}", "Sourire solidaire – {area} Dental Care"),
    ],
    descriptions: [
      b(
        "Clinique dentaire sans but lucratif qui offre des soins à tarif réduit aux personnes à faible revenu sans assurance. Des dentistes bénévoles et des stagiaires supervisés y travaillent.",
        "A non-profit dental clinic offering reduced-rate care to low-income people without insurance. Volunteer dentists and supervised students work there.",
      ),
      b(
        "Organisme qui facilite l'accès aux soins dentaires : urgences, examens et nettoyages à prix modique, et aide pour comprendre le régime canadien de soins dentaires.",
        "An organization improving access to dental care: emergencies, exams and cleanings at low cost, and help understanding the Canadian Dental Care Plan.",
      ),
    ],
    taxonomyCodes: ["HEALTH.DENTAL"],
    services: [
      {
        names: [
          b("Soins dentaires à tarif réduit", "Reduced-rate dental care"),
          b("Examen et nettoyage à prix modique", "Low-cost exams and cleanings"),
        ],
        descriptions: [
          b(
            "Examens, radiographies, nettoyages, obturations et extractions à tarif modulé selon le revenu. Les dentiers et les traitements de canal sont référés à des partenaires.",
            "Exams, X-rays, cleanings, fillings and extractions on a sliding scale based on income. Dentures and root canals are referred to partners.",
          ),
          b(
            "Soins de base pour les adultes et les enfants sans assurance dentaire, avec explication des programmes publics auxquels ils pourraient avoir droit.",
            "Basic care for adults and children without dental insurance, with an explanation of public programs they may be entitled to.",
          ),
        ],
        taxonomyCodes: ["HEALTH.DENTAL"],
        eligibility: b(
          "Personnes à faible revenu sans assurance dentaire privée.",
          "Low-income people without private dental insurance.",
        ),
        free: false,
        fees: b(
          "Tarif modulé selon le revenu, de 20 % à 60 % du tarif habituel.",
          "Sliding scale based on income, 20% to 60% of the usual fee.",
        ),
        applicationProcess: b(
          "Téléphoner pour une évaluation de l'admissibilité et une prise de rendez-vous.",
          "Call for an eligibility check and an appointment.",
        ),
        requiredDocuments: [DOC_INCOME, DOC_RAMQ],
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Urgences dentaires", "Dental emergencies"),
          b("Plage d'urgence pour mal de dents", "Emergency slot for toothache"),
        ],
        descriptions: [
          b(
            "Deux matins par semaine, des plages sont réservées aux urgences (douleur, abcès, dent cassée) pour les personnes sans dentiste ni assurance.",
            "Two mornings a week, slots are reserved for emergencies (pain, abscess, broken tooth) for people without a dentist or insurance.",
          ),
          b(
            "Soulagement de la douleur et traitement d'urgence, puis orientation vers des soins de suivi abordables.",
            "Pain relief and emergency treatment, followed by referral to affordable follow-up care.",
          ),
        ],
        taxonomyCodes: ["HEALTH.DENTAL"],
        free: false,
        fees: b("Contribution de 20 $ à 40 $ selon le revenu.", "Contribution of $20 to $40 depending on income."),
        applicationProcess: b(
          "Téléphoner à l'ouverture le matin même; premier arrivé, premier servi.",
          "Call when the clinic opens that morning; first come, first served.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "harm-reduction",
    weight: 0.4,
    names: [
      b("Point de repère santé {area}", "{area} Health Drop-In"),
      b("L'Interstice – réduction des méfaits {area}", "L'Interstice – {area} Harm Reduction"),
      b("Le Relais de rue de {city}", "Le Relais de rue – {city} Outreach Health Centre"),
    ],
    descriptions: [
      b(
        "Organisme de réduction des méfaits qui rejoint les personnes qui consomment des drogues, les travailleuses du sexe et les personnes en situation d'itinérance. On y trouve du matériel stérile, de la naloxone, des soins infirmiers et une écoute sans jugement.",
        "A harm reduction organization reaching people who use drugs, sex workers and people experiencing homelessness. It offers sterile supplies, naloxone, nursing care and non-judgmental support.",
      ),
      b(
        "Centre de prévention et de soins de proximité où l'infirmière de rue et les intervenants offrent dépistage, vaccination et accompagnement vers les services de santé. L'anonymat est respecté.",
        "A prevention and outreach care centre where the street nurse and workers offer testing, vaccination and accompaniment to health services. Anonymity is respected.",
      ),
    ],
    taxonomyCodes: ["ADDICTION.HARMREDUCTION", "HEALTH.NURSE", "HEALTH.SEXUAL"],
    services: [
      {
        names: [
          b("Matériel de consommation stérile", "Sterile drug use supplies"),
          b("Échange de seringues", "Needle exchange"),
        ],
        descriptions: [
          b(
            "Distribution gratuite et anonyme de seringues, de pipes, de matériel d'inhalation et de condoms, et récupération sécuritaire du matériel usagé.",
            "Free, anonymous distribution of needles, pipes, inhalation supplies and condoms, and safe disposal of used equipment.",
          ),
          b(
            "Accès à du matériel propre pour réduire les risques d'infection, avec des conseils de consommation plus sécuritaire et des vérifications de bandelettes de fentanyl.",
            "Access to clean supplies to reduce infection risk, with safer-use advice and fentanyl test strips.",
          ),
        ],
        taxonomyCodes: ["ADDICTION.HARMREDUCTION"],
        free: true,
        applicationProcess: b(
          "Se présenter au comptoir ou appeler l'équipe mobile; aucune identification demandée.",
          "Come to the counter or call the mobile team; no ID requested.",
        ),
        hours: "split",
        languages: FR_EN,
      },
      {
        names: [
          b("Trousses de naloxone et formation", "Naloxone kits and training"),
          b("Prévention des surdoses", "Overdose prevention"),
        ],
        descriptions: [
          b(
            "Remise gratuite de trousses de naloxone et formation de quinze minutes pour reconnaître une surdose aux opioïdes et y réagir.",
            "Free naloxone kits and a fifteen-minute training on recognizing and responding to an opioid overdose.",
          ),
          b(
            "Sessions de prévention des surdoses offertes aux personnes qui consomment, à leurs proches et aux organismes qui en font la demande.",
            "Overdose prevention sessions for people who use drugs, their loved ones and organizations that request them.",
          ),
        ],
        taxonomyCodes: ["ADDICTION.HARMREDUCTION"],
        free: true,
        applicationProcess: b(
          "Se présenter pendant les heures d'ouverture; formation sur place.",
          "Drop in during opening hours; training on site.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [b("Infirmière de proximité", "Outreach nurse"), b("Soins infirmiers de rue", "Street nursing")],
        descriptions: [
          b(
            "Une infirmière offre des soins de plaies, de la vaccination et de l'accompagnement vers les services médicaux aux personnes marginalisées, au local de l'organisme ou dans la rue.",
            "A nurse provides wound care, vaccination and accompaniment to medical services for marginalized people, at the drop-in or on the street.",
          ),
          b(
            "Soins infirmiers sans rendez-vous ni carte d'assurance maladie, pour les personnes qui ne fréquentent pas les cliniques habituelles.",
            "Nursing care without an appointment or health card, for people who do not use regular clinics.",
          ),
        ],
        taxonomyCodes: ["HEALTH.NURSE"],
        free: true,
        applicationProcess: b(
          "Sans rendez-vous au local ou auprès de l'équipe de rue.",
          "No appointment needed, at the drop-in or with the street team.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Dépistage ITSS anonyme", "Anonymous STBBI testing"),
          b("Dépistage VIH et hépatite C", "HIV and hepatitis C testing"),
        ],
        descriptions: [
          b(
            "Dépistage gratuit et anonyme du VIH, de l'hépatite C, de la syphilis, de la chlamydia et de la gonorrhée, avec résultats remis en personne et traitement facilité.",
            "Free, anonymous testing for HIV, hepatitis C, syphilis, chlamydia and gonorrhea, with results given in person and easier access to treatment.",
          ),
          b(
            "Dépistage rapide du VIH et de l'hépatite C en vingt minutes, par l'infirmière, au local ou dans les ressources partenaires.",
            "Rapid HIV and hepatitis C testing in twenty minutes by the nurse, at the drop-in or in partner organizations.",
          ),
        ],
        taxonomyCodes: ["HEALTH.SEXUAL"],
        free: true,
        applicationProcess: b(
          "Sans rendez-vous les mardis après-midi, ou sur rendez-vous.",
          "Walk in on Tuesday afternoons, or by appointment.",
        ),
        hours: "appointment",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "chronic-illness-association",
    weight: 0.5,
    names: [
      b("Association Vivre avec la maladie {area}", "{area} Living with Illness Association"),
      b("Regroupement des personnes diabétiques {area}", "{area} Diabetes Support Group"),
      b("L'Entraide cancer de {city}", "L'Entraide cancer – {city}"),
    ],
    descriptions: [
      b(
        "Association de personnes atteintes d'une maladie chronique et de leurs proches. Elle offre information, groupes d'entraide, activités adaptées et accompagnement pour les traitements.",
        "An association of people living with a chronic illness and their loved ones. It offers information, peer support groups, adapted activities and help with treatment.",
      ),
      b(
        "Organisme régional qui soutient les personnes atteintes et leur famille après un diagnostic : écoute, transport vers les traitements, prêt d'équipement et conférences de professionnels.",
        "A regional organization supporting people and families after a diagnosis: listening, transportation to treatments, equipment loans and talks by health professionals.",
      ),
    ],
    taxonomyCodes: ["HEALTH.CHRONIC", "TRANSPORT.MEDICAL", "DISABILITY.EQUIPMENT"],
    services: [
      {
        names: [
          b("Groupes d'entraide et information", "Peer support groups and information"),
          b("Rencontres mensuelles d'entraide", "Monthly support meetings"),
        ],
        descriptions: [
          b(
            "Rencontres mensuelles où des personnes atteintes échangent sur leur quotidien avec la maladie, avec des conférences d'infirmières, de nutritionnistes et de pharmaciens.",
            "Monthly meetings where people living with the illness talk about daily life with it, with talks by nurses, dietitians and pharmacists.",
          ),
          b(
            "Information sur la maladie, les traitements et les ressources, en personne ou par téléphone, pour les personnes atteintes et leurs proches.",
            "Information on the illness, treatments and resources, in person or by phone, for people living with it and their loved ones.",
          ),
        ],
        taxonomyCodes: ["HEALTH.CHRONIC"],
        free: false,
        fees: b(
          "Carte de membre de 15 $ par année; rencontres gratuites pour les membres.",
          "$15 yearly membership; meetings free for members.",
        ),
        applicationProcess: b(
          "Téléphoner pour recevoir le calendrier des rencontres.",
          "Call to receive the meeting schedule.",
        ),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Transport vers les traitements", "Transportation to treatments"),
          b("Accompagnement aux traitements de chimiothérapie et de dialyse", "Rides to chemotherapy and dialysis"),
        ],
        descriptions: [
          b(
            "Des chauffeurs bénévoles conduisent les personnes aux traitements de chimiothérapie, de radiothérapie ou de dialyse à l'hôpital et les ramènent à la maison.",
            "Volunteer drivers take people to chemotherapy, radiation or dialysis treatments at the hospital and bring them home.",
          ),
          b(
            "Transport-accompagnement pour les rendez-vous médicaux liés à la maladie, y compris vers les hôpitaux de Québec pour les personnes des régions.",
            "Escorted transportation for illness-related medical appointments, including to Québec City hospitals for people from outlying areas.",
          ),
        ],
        taxonomyCodes: ["TRANSPORT.MEDICAL", "HEALTH.CHRONIC"],
        free: false,
        fees: b(
          "Contribution au kilométrage, environ 0,45 $ le kilomètre; aide possible pour les personnes à faible revenu.",
          "Mileage contribution, about $0.45 per kilometre; help available for low-income people.",
        ),
        applicationProcess: b("Réserver au moins 48 heures à l'avance.", "Book at least 48 hours in advance."),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Prêt d'équipement médical", "Medical equipment loans"),
          b("Prêt de matériel de soins à domicile", "Home care equipment loans"),
        ],
        descriptions: [
          b(
            "Prêt temporaire de lits électriques, fauteuils roulants, marchettes, chaises d'aisance et bancs de bain pour les personnes malades qui reviennent à la maison.",
            "Temporary loans of hospital beds, wheelchairs, walkers, commodes and bath benches for people returning home after illness.",
          ),
          b(
            "Banque d'équipement alimentée par des dons, prêtée gratuitement ou contre un léger dépôt pour la durée des besoins.",
            "An equipment bank supplied by donations, lent free of charge or for a small deposit for as long as needed.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.EQUIPMENT"],
        free: false,
        fees: b(
          "Dépôt remboursable de 20 $ à 100 $ selon l'équipement.",
          "Refundable deposit of $20 to $100 depending on the item.",
        ),
        applicationProcess: b(
          "Téléphoner pour vérifier la disponibilité; cueillette au local.",
          "Call to check availability; pick up at the office.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "palliative-home",
    weight: 0.3,
    names: [
      b("Maison de soins palliatifs L'Éclaircie {area}", "L'Éclaircie Palliative Care Home – {area}"),
      b("La Maison du Fleuve – soins palliatifs {area}", "La Maison du Fleuve – {area} Palliative Care"),
    ],
    descriptions: [
      b(
        "Maison de soins palliatifs qui accueille gratuitement des personnes en fin de vie et leurs proches dans un cadre chaleureux. Une équipe de soins et des bénévoles y assurent confort et dignité jour et nuit.",
        "A palliative care home welcoming people at the end of life and their loved ones free of charge in a warm setting. A care team and volunteers provide comfort and dignity day and night.",
      ),
      b(
        "Organisme de soins palliatifs qui offre aussi de l'accompagnement à domicile et des groupes de soutien au deuil. Il est financé en grande partie par la générosité de la communauté.",
        "A palliative care organization that also offers home companionship and bereavement support groups. It is largely funded by the generosity of the community.",
      ),
    ],
    taxonomyCodes: ["HEALTH.PALLIATIVE", "MENTAL.GRIEF"],
    services: [
      {
        names: [
          b("Hébergement en soins palliatifs", "Residential palliative care"),
          b("Séjour en fin de vie", "End-of-life stay"),
        ],
        descriptions: [
          b(
            "Chambres individuelles pour les personnes en fin de vie, avec soins infirmiers et médicaux 24 heures sur 24 et espaces pour que la famille puisse rester sur place.",
            "Private rooms for people at the end of life, with 24-hour nursing and medical care and space for family to stay.",
          ),
          b(
            "Accueil des personnes dont le pronostic est de quelques semaines, sur référence de l'équipe médicale, sans frais pour la personne ni sa famille.",
            "Care for people with a prognosis of a few weeks, on referral from the medical team, at no cost to the person or family.",
          ),
        ],
        taxonomyCodes: ["HEALTH.PALLIATIVE"],
        free: true,
        applicationProcess: b(
          "Référence par le médecin traitant, l'équipe de soins à domicile ou l'hôpital.",
          "Referral by the attending doctor, the home care team or the hospital.",
        ),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
      {
        names: [
          b("Accompagnement bénévole à domicile", "Volunteer companionship at home"),
          b("Présence auprès des personnes en fin de vie", "Companionship for people at the end of life"),
        ],
        descriptions: [
          b(
            "Des bénévoles formés visitent les personnes en fin de vie à domicile pour offrir présence et écoute, et donner quelques heures de répit à la famille.",
            "Trained volunteers visit people at the end of life at home to offer presence and listening, and give the family a few hours of respite.",
          ),
          b(
            "Accompagnement et soutien des proches qui soignent une personne en fin de vie à la maison, en complément des soins du CLSC.",
            "Support for family members caring for a dying person at home, in addition to CLSC care.",
          ),
        ],
        taxonomyCodes: ["HEALTH.PALLIATIVE"],
        free: true,
        applicationProcess: b(
          "La famille ou l'infirmière de soins à domicile communique avec la coordonnatrice des bénévoles.",
          "The family or the home care nurse contacts the volunteer coordinator.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Groupes de soutien au deuil", "Bereavement support groups"),
          b("Accompagnement des personnes endeuillées", "Grief support"),
        ],
        descriptions: [
          b(
            "Groupes de huit rencontres pour les personnes qui ont perdu un proche, animés par une intervenante et une bénévole formée. Rencontres individuelles possibles.",
            "Eight-session groups for people who have lost a loved one, led by a counsellor and a trained volunteer. Individual meetings are available.",
          ),
          b(
            "Soutien aux personnes endeuillées, que le décès ait eu lieu à la maison de soins palliatifs ou ailleurs.",
            "Support for bereaved people, whether the death took place at the palliative care home or elsewhere.",
          ),
        ],
        taxonomyCodes: ["MENTAL.GRIEF"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "S'inscrire par téléphone; les groupes commencent en septembre et en janvier.",
          "Register by phone; groups start in September and January.",
        ),
        hours: "evening",
        languages: FR,
      },
    ],
  },
];

// ─── Santé mentale et dépendances ────────────────────────────────────────────
const MENTAL_KINDS: OrgKindSeed[] = [
  {
    key: "crisis-centre",
    weight: 0.3,
    names: [
      b("Centre de crise L'Accalmie {area}", "L'Accalmie Crisis Centre – {area}"),
      b("Intervention de crise Le Rivage {area}", "Le Rivage Crisis Intervention – {area}"),
    ],
    descriptions: [
      b(
        "Centre de crise qui répond 24 heures sur 24 aux adultes en détresse psychologique et à leurs proches. Il offre une ligne d'intervention, une équipe qui se déplace et quelques lits d'hébergement de crise.",
        "A crisis centre answering adults in psychological distress and their loved ones 24 hours a day. It offers an intervention line, a mobile team and a few crisis beds.",
      ),
      b(
        "Ressource communautaire d'intervention de crise qui travaille en alternative et en complément de l'urgence hospitalière. L'objectif est de désamorcer la crise et de mettre en place un filet de sécurité.",
        "A community crisis intervention resource that works as an alternative and a complement to the hospital emergency room. The goal is to defuse the crisis and put a safety net in place.",
      ),
    ],
    taxonomyCodes: ["MENTAL.CRISIS.LINE", "MENTAL.CRISIS.MOBILE", "MENTAL.CRISIS.SHORTSTAY"],
    services: [
      {
        names: [
          b("Ligne d'intervention de crise 24/7", "24/7 crisis line"),
          b("Intervention téléphonique de crise", "Telephone crisis intervention"),
        ],
        descriptions: [
          b(
            "Des intervenants professionnels répondent jour et nuit aux personnes en crise ou inquiètes pour un proche. L'appel est confidentiel; en cas de danger immédiat, composer le 911.",
            "Professional workers answer day and night for people in crisis or worried about a loved one. Calls are confidential; in immediate danger, call 911.",
          ),
          b(
            "Écoute, évaluation de la dangerosité et plan de sécurité au téléphone, avec possibilité d'envoyer l'équipe mobile ou d'offrir un lit de crise.",
            "Listening, risk assessment and a safety plan over the phone, with the option of sending the mobile team or offering a crisis bed.",
          ),
        ],
        taxonomyCodes: ["MENTAL.CRISIS.LINE"],
        ageMin: 18,
        free: true,
        applicationProcess: b("Téléphoner en tout temps.", "Call at any time."),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
      {
        names: [
          b("Intervention de crise dans le milieu", "Mobile crisis intervention"),
          b("Équipe mobile de crise", "Mobile crisis team"),
        ],
        descriptions: [
          b(
            "Deux intervenants se déplacent à domicile, au travail ou dans un lieu public pour aider une personne en crise, souvent en collaboration avec les policiers ou les ambulanciers.",
            "Two workers go to the person's home, workplace or a public place to help someone in crisis, often together with police or paramedics.",
          ),
          b(
            "Intervention rapide sur place pour éviter une hospitalisation quand c'est possible, suivie d'un suivi de quelques semaines.",
            "Rapid on-site intervention to avoid hospitalization when possible, followed by a few weeks of follow-up.",
          ),
        ],
        taxonomyCodes: ["MENTAL.CRISIS.MOBILE"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Passer par la ligne de crise, qui évalue la pertinence d'un déplacement.",
          "Go through the crisis line, which decides whether a visit is needed.",
        ),
        hours: "twentyfourseven",
        languages: FR,
      },
      {
        names: [
          b("Hébergement de crise", "Crisis beds"),
          b("Séjour de crise de courte durée", "Short-term crisis stay"),
        ],
        descriptions: [
          b(
            "Séjour de un à cinq jours dans une maison calme, avec rencontres quotidiennes avec un intervenant, pour traverser une crise suicidaire, une rupture ou un deuil difficile.",
            "A one- to five-day stay in a quiet house, with daily meetings with a worker, to get through a suicidal crisis, a breakup or a difficult loss.",
          ),
          b(
            "Lits d'hébergement temporaire pour les adultes en crise qui ne peuvent pas rester seuls à la maison, sans diagnostic requis.",
            "Temporary beds for adults in crisis who cannot stay alone at home, no diagnosis required.",
          ),
        ],
        taxonomyCodes: ["MENTAL.CRISIS.SHORTSTAY"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Admission après une évaluation téléphonique par la ligne de crise.",
          "Admission after a phone assessment by the crisis line.",
        ),
        hours: "twentyfourseven",
        languages: FR,
      },
    ],
  },
  {
    key: "suicide-prevention",
    weight: 0.3,
    names: [
      b("L'Ancrage – prévention du suicide {area}", "L'Ancrage – {area} Suicide Prevention"),
      b("Centre Le Fil de vie {area}", "Le Fil de vie Suicide Prevention Centre – {area}"),
    ],
    descriptions: [
      b(
        "Centre de prévention du suicide qui vient en aide aux personnes suicidaires, à leurs proches et aux personnes endeuillées par suicide. Il forme aussi des sentinelles dans les milieux de travail et les municipalités.",
        "A suicide prevention centre helping people at risk of suicide, their loved ones and people bereaved by suicide. It also trains gatekeepers in workplaces and municipalities.",
      ),
      b(
        "Organisme régional en prévention du suicide : intervention téléphonique 24/7, suivi étroit après une tentative et soutien au deuil. Les services sont gratuits et confidentiels.",
        "A regional suicide prevention organization: 24/7 phone intervention, close follow-up after an attempt and bereavement support. Services are free and confidential.",
      ),
    ],
    taxonomyCodes: ["MENTAL.SUICIDE", "MENTAL.GRIEF", "VOLUNTEER.MATCH"],
    services: [
      {
        names: [
          b("Intervention téléphonique en prévention du suicide", "Suicide prevention phone line"),
          b("Ligne d'aide suicide 24/7", "24/7 suicide helpline"),
        ],
        descriptions: [
          b(
            "Ligne d'intervention 24 heures sur 24 pour les personnes qui pensent au suicide, les proches inquiets et les intervenants qui ont besoin de conseils.",
            "A 24-hour intervention line for people thinking about suicide, worried loved ones and professionals who need advice.",
          ),
          b(
            "Un intervenant évalue l'urgence, aide à bâtir un plan de sécurité et, au besoin, organise une intervention dans le milieu.",
            "A worker assesses urgency, helps build a safety plan and, if needed, arranges an in-person intervention.",
          ),
        ],
        taxonomyCodes: ["MENTAL.SUICIDE"],
        free: true,
        applicationProcess: b("Téléphoner ou texter en tout temps.", "Call or text at any time."),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
      {
        names: [
          b("Suivi étroit après une tentative", "Close follow-up after an attempt"),
          b("Suivi de crise suicidaire", "Suicidal crisis follow-up"),
        ],
        descriptions: [
          b(
            "Suivi téléphonique et en personne pendant les semaines qui suivent une tentative de suicide ou une crise suicidaire, en lien avec l'hôpital et le CLSC.",
            "Phone and in-person follow-up in the weeks after a suicide attempt or suicidal crisis, in coordination with the hospital and the CLSC.",
          ),
          b(
            "Rencontres régulières avec un intervenant pour consolider le plan de sécurité et reconstruire un réseau de soutien.",
            "Regular meetings with a worker to strengthen the safety plan and rebuild a support network.",
          ),
        ],
        taxonomyCodes: ["MENTAL.SUICIDE"],
        free: true,
        applicationProcess: b(
          "Référence par l'hôpital, le CLSC ou par la personne elle-même.",
          "Referral by the hospital, the CLSC or the person themselves.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Soutien aux personnes endeuillées par suicide", "Support after a suicide loss"),
          b("Groupe de deuil après un suicide", "Suicide bereavement group"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles et groupe de soutien pour les proches d'une personne décédée par suicide, à leur rythme, aussi longtemps que nécessaire.",
            "One-on-one meetings and a support group for people who have lost someone to suicide, at their own pace, for as long as needed.",
          ),
          b(
            "Accompagnement des familles, des amis et des collègues après un suicide, y compris des interventions de groupe dans les écoles et les milieux de travail.",
            "Support for families, friends and co-workers after a suicide, including group interventions in schools and workplaces.",
          ),
        ],
        taxonomyCodes: ["MENTAL.GRIEF", "MENTAL.SUICIDE"],
        free: true,
        applicationProcess: b("Téléphoner pour une première rencontre.", "Call to book a first meeting."),
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Formation de sentinelles", "Gatekeeper training"),
          b("Formation « Agir en sentinelle »", "“Acting as a gatekeeper” training"),
        ],
        descriptions: [
          b(
            "Formation d'une journée pour les citoyens, employeurs, agriculteurs et bénévoles qui veulent reconnaître les signes de détresse et diriger une personne suicidaire vers l'aide.",
            "A one-day training for residents, employers, farmers and volunteers who want to recognize signs of distress and steer a person at risk of suicide towards help.",
          ),
          b(
            "Les sentinelles forment un réseau de vigilance dans leur milieu et sont soutenues par le centre après la formation.",
            "Gatekeepers form a watchful network in their community and are supported by the centre after the training.",
          ),
        ],
        taxonomyCodes: ["MENTAL.SUICIDE", "VOLUNTEER.MATCH"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Inscription en ligne ou par téléphone; formations offertes plusieurs fois par année.",
          "Register online or by phone; trainings offered several times a year.",
        ),
        hours: "appointment",
        languages: FR,
      },
    ],
  },
  {
    key: "mental-health-drop-in",
    weight: 0.7,
    names: [
      b("Le Pavillon – milieu de vie en santé mentale {area}", "Le Pavillon – {area} Mental Health Drop-In"),
      b("Centre de jour La Lanterne de {city}", "La Lanterne Day Centre – {city}"),
      b("Le Cercle des rives {area}", "Le Cercle des rives – {area} Peer Support Centre"),
    ],
    descriptions: [
      b(
        "Milieu de vie pour les adultes qui vivent ou ont vécu un problème de santé mentale. On y vient pour briser l'isolement, participer à des ateliers, prendre un café ou parler à quelqu'un.",
        "A drop-in centre for adults who live or have lived with a mental health problem. People come to break isolation, join workshops, have a coffee or talk to someone.",
      ),
      b(
        "Organisme alternatif en santé mentale fondé sur l'entraide et le rétablissement. Les membres participent aux décisions et aux activités : groupes de parole, art, sorties et suivi communautaire.",
        "An alternative mental health organization built on peer support and recovery. Members take part in decisions and activities: discussion groups, art, outings and community follow-up.",
      ),
    ],
    taxonomyCodes: ["MENTAL.DAYCENTRE", "MENTAL.SUPPORT", "MENTAL.CRISIS.LINE", "MENTAL.COUNSEL"],
    services: [
      {
        names: [b("Milieu de vie et activités", "Drop-in and activities"), b("Centre de jour", "Day centre")],
        descriptions: [
          b(
            "Lieu d'accueil ouvert en semaine avec café, repas du midi à 3 $, ateliers d'art, jeux et sorties. Aucun diagnostic n'est demandé pour devenir membre.",
            "A weekday drop-in with coffee, a $3 lunch, art workshops, games and outings. No diagnosis is required to become a member.",
          ),
          b(
            "Un endroit chaleureux pour reprendre une routine, se faire des amis et participer à la vie de l'organisme à son rythme.",
            "A warm place to get back into a routine, make friends and take part in the organization at your own pace.",
          ),
        ],
        taxonomyCodes: ["MENTAL.DAYCENTRE"],
        ageMin: 18,
        free: false,
        fees: b("Carte de membre de 5 $ par année.", "$5 yearly membership."),
        applicationProcess: b(
          "Se présenter sur place pour une visite; une rencontre d'accueil est proposée.",
          "Drop by for a visit; an intake meeting is offered.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Groupes d'entraide", "Peer support groups"),
          b("Groupe « Entendeurs de voix » et groupes de parole", "Hearing voices group and discussion groups"),
        ],
        descriptions: [
          b(
            "Groupes hebdomadaires animés par des pairs aidants sur l'anxiété, la dépression, la bipolarité ou l'entente de voix, dans le respect et la confidentialité.",
            "Weekly groups led by peer workers on anxiety, depression, bipolar disorder or hearing voices, in a respectful and confidential setting.",
          ),
          b(
            "Rencontres de partage pour apprendre des autres, développer des stratégies de rétablissement et se sentir moins seul.",
            "Sharing sessions to learn from others, develop recovery strategies and feel less alone.",
          ),
        ],
        taxonomyCodes: ["MENTAL.SUPPORT"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Téléphoner pour connaître l'horaire; inscription requise pour certains groupes.",
          "Call for the schedule; registration required for some groups.",
        ),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Ligne d'écoute du soir", "Evening listening line"),
          b("Écoute téléphonique par des pairs", "Peer listening line"),
        ],
        descriptions: [
          b(
            "Des bénévoles formés répondent le soir et la fin de semaine aux personnes seules, anxieuses ou qui ont simplement besoin de parler. Ce n'est pas une ligne d'urgence.",
            "Trained volunteers answer in the evening and on weekends for people who are lonely, anxious or simply need to talk. This is not an emergency line.",
          ),
          b(
            "Écoute anonyme et sans jugement par téléphone, de 18 h à minuit, tous les jours de l'année.",
            "Anonymous, non-judgmental listening by phone from 6 p.m. to midnight, every day of the year.",
          ),
        ],
        taxonomyCodes: ["MENTAL.CRISIS.LINE"],
        free: true,
        applicationProcess: b("Téléphoner pendant les heures d'écoute.", "Call during listening hours."),
        hours: "evening",
        languages: FR_EN,
      },
      {
        names: [
          b("Suivi communautaire en santé mentale", "Community mental health follow-up"),
          b("Accompagnement dans la communauté", "Community support worker"),
        ],
        descriptions: [
          b(
            "Une intervenante accompagne la personne chez elle et dans ses démarches (logement, budget, rendez-vous médicaux) pour favoriser son rétablissement et son autonomie.",
            "A worker supports the person at home and with tasks (housing, budget, medical appointments) to foster recovery and independence.",
          ),
          b(
            "Suivi individuel à moyen terme pour les adultes vivant avec un trouble de santé mentale, sur référence ou à la demande de la personne.",
            "Medium-term individual follow-up for adults living with a mental illness, on referral or at the person's request.",
          ),
        ],
        taxonomyCodes: ["MENTAL.COUNSEL"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Demande par téléphone; une rencontre d'évaluation est fixée.",
          "Apply by phone; an assessment meeting is scheduled.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "mental-health-families",
    weight: 0.4,
    names: [
      b("Le Phare des proches {area}", "Le Phare des proches – {area} Family Support"),
      b("Association des familles et amis en santé mentale de {city}", "{city} Families and Friends for Mental Health"),
    ],
    descriptions: [
      b(
        "Organisme qui soutient les membres de l'entourage d'une personne atteinte d'un trouble de santé mentale : parents, conjoints, enfants, amis. On y offre écoute, information, groupes et répit.",
        "An organization supporting the loved ones of a person living with a mental illness: parents, partners, children, friends. It offers listening, information, groups and respite.",
      ),
      b(
        "Ressource pour les familles qui se sentent dépassées par la maladie d'un proche. Les intervenantes aident à comprendre la maladie, à poser ses limites et à prendre soin de soi.",
        "A resource for families who feel overwhelmed by a loved one's illness. Counsellors help them understand the illness, set boundaries and take care of themselves.",
      ),
    ],
    taxonomyCodes: ["MENTAL.FAMILY", "MENTAL.SUPPORT"],
    services: [
      {
        names: [
          b("Soutien individuel aux proches", "One-on-one support for loved ones"),
          b("Consultation pour les membres de l'entourage", "Counselling for family members"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles ou familiales avec une intervenante pour les personnes qui accompagnent un proche atteint de schizophrénie, de bipolarité, de dépression ou d'un trouble de personnalité.",
            "Individual or family meetings with a counsellor for people supporting a loved one with schizophrenia, bipolar disorder, depression or a personality disorder.",
          ),
          b(
            "Information sur la maladie, le système de santé, les ordonnances de soins et les recours possibles, avec un soutien en situation de crise.",
            "Information on the illness, the health system, care orders and available options, with support in crisis situations.",
          ),
        ],
        taxonomyCodes: ["MENTAL.FAMILY"],
        free: true,
        applicationProcess: b(
          "Téléphoner pour un premier contact; rendez-vous dans la semaine.",
          "Call for a first contact; appointment within the week.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Groupes de soutien pour les familles", "Family support groups"),
          b("Programme psychoéducatif pour les proches", "Psychoeducation program for families"),
        ],
        descriptions: [
          b(
            "Série de dix rencontres de groupe pour comprendre la maladie mentale, mieux communiquer avec son proche et éviter l'épuisement.",
            "A series of ten group sessions to understand mental illness, communicate better with a loved one and avoid burnout.",
          ),
          b(
            "Groupe d'entraide mensuel où les parents et les conjoints partagent leur vécu et leurs trucs.",
            "A monthly peer group where parents and partners share their experiences and tips.",
          ),
        ],
        taxonomyCodes: ["MENTAL.FAMILY", "MENTAL.SUPPORT"],
        free: true,
        applicationProcess: b("Inscription obligatoire par téléphone.", "Registration required by phone."),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Répit-dépannage pour les familles", "Emergency respite for families"),
          b("Aide au répit des proches", "Respite help for loved ones"),
        ],
        descriptions: [
          b(
            "Aide financière ponctuelle pour permettre aux proches épuisés de prendre un moment de répit : fin de semaine, activité, gardiennage.",
            "One-time financial help so exhausted family members can take a break: a weekend away, an activity, sitting.",
          ),
          b(
            "Activités de ressourcement pour les proches : journées de répit, ateliers de gestion du stress, sorties de groupe.",
            "Recharge activities for loved ones: respite days, stress management workshops, group outings.",
          ),
        ],
        taxonomyCodes: ["MENTAL.FAMILY"],
        free: true,
        applicationProcess: b(
          "En parler à son intervenante; une demande simple est remplie ensemble.",
          "Talk to your counsellor; a short application is filled out together.",
        ),
        hours: "appointment",
        languages: FR,
      },
    ],
  },
  {
    key: "mental-health-rights",
    weight: 0.3,
    names: [
      b("Droits et recours en santé mentale {area}", "{area} Mental Health Rights and Remedies"),
      b("Centre d'assistance et d'accompagnement aux plaintes {area}", "{area} Complaint Assistance Centre"),
    ],
    descriptions: [
      b(
        "Organisme de défense des droits qui informe et accompagne les personnes vivant avec un problème de santé mentale. Il intervient notamment lors de gardes en établissement, d'ordonnances de soins et de conflits avec les services.",
        "A rights advocacy organization that informs and supports people living with mental health problems. It intervenes in particular in cases of confinement orders, care orders and conflicts with services.",
      ),
      b(
        "Service indépendant et gratuit qui aide les usagers à porter plainte au sujet des services de santé et des services sociaux, y compris les résidences pour aînés et les ressources d'hébergement.",
        "An independent, free service that helps users file complaints about health and social services, including seniors' residences and residential resources.",
      ),
    ],
    taxonomyCodes: ["MENTAL.ADVOCACY", "LEGAL.COMPLAINT"],
    services: [
      {
        names: [
          b("Défense des droits en santé mentale", "Mental health rights advocacy"),
          b("Accompagnement lors d'une garde en établissement", "Support during a confinement order"),
        ],
        descriptions: [
          b(
            "Information sur les droits (consentement aux soins, accès au dossier, garde en établissement) et accompagnement devant le tribunal ou auprès de l'établissement.",
            "Information on rights (consent to care, access to records, confinement orders) and accompaniment before the court or with the institution.",
          ),
          b(
            "Conseiller qui aide la personne à faire valoir son point de vue et à préparer ses démarches, dans le respect de ses choix.",
            "An advisor who helps the person make their views heard and prepare their steps, respecting their choices.",
          ),
        ],
        taxonomyCodes: ["MENTAL.ADVOCACY"],
        free: true,
        applicationProcess: b(
          "Téléphoner; les personnes hospitalisées peuvent demander à ce qu'un conseiller se déplace.",
          "Call; people in hospital can ask for an advisor to visit.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Assistance aux plaintes en santé et services sociaux", "Health and social services complaint assistance"),
          b("Aide pour porter plainte", "Help filing a complaint"),
        ],
        descriptions: [
          b(
            "Aide pour rédiger et déposer une plainte auprès du commissaire aux plaintes et à la qualité des services, puis accompagnement jusqu'au Protecteur du citoyen si nécessaire.",
            "Help writing and filing a complaint with the service quality and complaints commissioner, then support up to the Québec Ombudsman if needed.",
          ),
          b(
            "Service confidentiel pour les usagers insatisfaits d'un hôpital, d'un CLSC, d'une résidence privée pour aînés ou d'un service ambulancier.",
            "A confidential service for users dissatisfied with a hospital, CLSC, private seniors' residence or ambulance service.",
          ),
        ],
        taxonomyCodes: ["LEGAL.COMPLAINT"],
        free: true,
        applicationProcess: b(
          "Téléphoner pour exposer la situation; un conseiller est attribué.",
          "Call to explain the situation; an advisor is assigned.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "counselling-centre",
    weight: 0.5,
    names: [
      b("Centre de consultation psychosociale Équilibre {area}", "Équilibre Counselling Centre – {area}"),
      b(
        "La Clé des champs – consultation à tarif modulé {area}",
        "La Clé des champs – {area} Sliding-Scale Counselling",
      ),
      b("Service d'aide psychologique de {city}", "{city} Psychological Help Service"),
    ],
    descriptions: [
      b(
        "Centre communautaire de consultation qui rend la psychothérapie accessible aux personnes à revenu modeste grâce à un tarif modulé. Les rencontres sont offertes par des thérapeutes membres d'un ordre professionnel.",
        "A community counselling centre making psychotherapy accessible to people with modest incomes through a sliding-scale fee. Sessions are offered by therapists who belong to a professional order.",
      ),
      b(
        "Organisme qui offre de la consultation individuelle, de couple et familiale, ainsi que des groupes sur l'anxiété et l'estime de soi. Le délai d'attente est généralement plus court que dans le réseau public.",
        "An organization offering individual, couple and family counselling, as well as groups on anxiety and self-esteem. Wait times are usually shorter than in the public system.",
      ),
    ],
    taxonomyCodes: ["MENTAL.COUNSEL", "MENTAL.SUPPORT"],
    services: [
      {
        names: [
          b("Psychothérapie à tarif modulé", "Sliding-scale psychotherapy"),
          b("Consultation individuelle", "Individual counselling"),
        ],
        descriptions: [
          b(
            "Rencontres hebdomadaires de 50 minutes avec un psychothérapeute pour l'anxiété, la dépression, un deuil ou une période de transition, à un tarif établi selon le revenu.",
            "Weekly 50-minute sessions with a psychotherapist for anxiety, depression, grief or a life transition, at a fee based on income.",
          ),
          b(
            "Consultation à court et moyen terme pour les adultes, en personne ou en vidéoconférence.",
            "Short- and medium-term counselling for adults, in person or by video.",
          ),
        ],
        taxonomyCodes: ["MENTAL.COUNSEL"],
        ageMin: 18,
        free: false,
        fees: b(
          "De 20 $ à 80 $ la rencontre selon le revenu du ménage.",
          "$20 to $80 per session depending on household income.",
        ),
        applicationProcess: b(
          "Remplir le formulaire de demande; une rencontre d'accueil est fixée en moins de trois semaines.",
          "Fill out the request form; an intake meeting is set within three weeks.",
        ),
        requiredDocuments: [DOC_NOA],
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Consultation conjugale et familiale", "Couple and family counselling"),
          b("Thérapie de couple à coût abordable", "Affordable couples therapy"),
        ],
        descriptions: [
          b(
            "Rencontres pour les couples et les familles qui vivent des conflits, des difficultés de communication ou une crise, avec un thérapeute conjugal et familial.",
            "Sessions for couples and families experiencing conflict, communication problems or a crisis, with a couple and family therapist.",
          ),
          b(
            "Soutien aux familles lors d'une recomposition, d'une séparation ou de difficultés avec un adolescent.",
            "Support for families during blending, separation or difficulties with a teenager.",
          ),
        ],
        taxonomyCodes: ["MENTAL.COUNSEL"],
        free: false,
        fees: b("De 30 $ à 90 $ la rencontre selon le revenu.", "$30 to $90 per session depending on income."),
        applicationProcess: b(
          "Demande par téléphone; les deux conjoints sont rencontrés à la première séance.",
          "Apply by phone; both partners attend the first session.",
        ),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Groupe de gestion de l'anxiété", "Anxiety management group"),
          b("Groupe « Mieux-être et estime de soi »", "Wellness and self-esteem group"),
        ],
        descriptions: [
          b(
            "Groupe de huit semaines qui enseigne des outils concrets pour mieux gérer l'anxiété et le stress, inspirés de l'approche cognitivo-comportementale.",
            "An eight-week group teaching practical tools to manage anxiety and stress, based on cognitive behavioural therapy.",
          ),
          b(
            "Ateliers de groupe sur l'estime de soi, l'affirmation et la gestion des émotions, animés par deux professionnels.",
            "Group workshops on self-esteem, assertiveness and managing emotions, led by two professionals.",
          ),
        ],
        taxonomyCodes: ["MENTAL.SUPPORT"],
        ageMin: 18,
        free: false,
        fees: b(
          "60 $ pour la série; gratuit pour les personnes à l'aide sociale.",
          "$60 for the series; free for people on social assistance.",
        ),
        applicationProcess: b(
          "Inscription par téléphone; entrevue préalable de 20 minutes.",
          "Register by phone; 20-minute screening interview.",
        ),
        hours: "evening",
        languages: FR,
      },
    ],
  },
];

const ADDICTION_KINDS: OrgKindSeed[] = [
  {
    key: "addiction-centre",
    weight: 0.5,
    names: [
      b("Centre de traitement des dépendances Le Virage {area}", "Le Virage Addiction Treatment Centre – {area}"),
      b("Maison de thérapie L'Aube nouvelle de {city}", "L'Aube nouvelle Therapy House – {city}"),
      b("Service en dépendances Le Tournant {area}", "Le Tournant Addiction Services – {area}"),
    ],
    descriptions: [
      b(
        "Organisme certifié en dépendances qui offre de l'évaluation, des services externes, de la thérapie avec hébergement et du soutien à l'entourage. L'approche est globale et adaptée au rythme de chacun.",
        "A certified addiction organization offering assessment, outpatient services, residential therapy and family support. The approach is holistic and adapted to each person's pace.",
      ),
      b(
        "Ressource pour les personnes aux prises avec l'alcool, les drogues, les médicaments ou le jeu. Les intervenants accompagnent autant la personne que sa famille, avant, pendant et après le traitement.",
        "A resource for people struggling with alcohol, drugs, medication or gambling. Workers support both the person and their family before, during and after treatment.",
      ),
    ],
    taxonomyCodes: [
      "ADDICTION.INFO",
      "ADDICTION.DETOX",
      "ADDICTION.RESIDENTIAL",
      "ADDICTION.GAMBLING",
      "ADDICTION.FAMILY",
    ],
    services: [
      {
        names: [
          b("Information et référence en dépendances", "Addiction information and referral"),
          b("Premier contact en dépendances", "First contact for addiction help"),
        ],
        descriptions: [
          b(
            "Un intervenant répond aux questions sur la consommation d'alcool, de cannabis, de drogues ou de médicaments et oriente vers le service qui convient.",
            "A worker answers questions about alcohol, cannabis, drug or medication use and refers people to the right service.",
          ),
          b(
            "Ligne d'information pour la personne qui s'interroge sur sa consommation ou pour un proche inquiet; aucune obligation d'entreprendre un traitement.",
            "An information line for people wondering about their own use or for a worried loved one; no obligation to start treatment.",
          ),
        ],
        taxonomyCodes: ["ADDICTION.INFO"],
        free: true,
        applicationProcess: b("Téléphoner ou se présenter à l'accueil.", "Call or come to reception."),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Sevrage et suivi externe", "Withdrawal management and outpatient follow-up"),
          b("Traitement externe des dépendances", "Outpatient addiction treatment"),
        ],
        descriptions: [
          b(
            "Évaluation de la consommation, plan de sevrage supervisé avec le médecin et rencontres individuelles ou de groupe, sans quitter son travail ni sa famille.",
            "Assessment of substance use, a supervised withdrawal plan with the doctor and individual or group meetings, without leaving work or family.",
          ),
          b(
            "Suivi externe hebdomadaire pour réduire ou arrêter sa consommation, incluant le traitement par agonistes opioïdes en collaboration avec la pharmacie.",
            "Weekly outpatient follow-up to reduce or stop use, including opioid agonist treatment in partnership with the pharmacy.",
          ),
        ],
        taxonomyCodes: ["ADDICTION.DETOX"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Rendez-vous d'évaluation pris par téléphone; délai habituel d'une à deux semaines.",
          "Book an assessment by phone; usually within one to two weeks.",
        ),
        requiredDocuments: [DOC_RAMQ],
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Thérapie avec hébergement", "Residential treatment"),
          b("Séjour thérapeutique de 21 jours", "21-day therapeutic stay"),
        ],
        descriptions: [
          b(
            "Thérapie de trois à huit semaines en hébergement : ateliers, rencontres individuelles, activités physiques et préparation du retour à la maison, dans un cadre sans alcool ni drogue.",
            "Three- to eight-week residential therapy: workshops, individual sessions, physical activity and preparation for the return home, in an alcohol- and drug-free setting.",
          ),
          b(
            "Séjour en maison de thérapie certifiée pour hommes et femmes adultes, suivi d'un programme de suivi post-cure de douze mois.",
            "A stay in a certified therapy house for adult men and women, followed by a twelve-month aftercare program.",
          ),
        ],
        taxonomyCodes: ["ADDICTION.RESIDENTIAL"],
        ageMin: 18,
        free: false,
        fees: b(
          "Les frais d'hébergement peuvent être couverts par l'aide sociale; sinon, environ 50 $ par jour.",
          "Accommodation costs may be covered by social assistance; otherwise, about $50 a day.",
        ),
        applicationProcess: b(
          "Entrevue d'admission par téléphone, puis date d'entrée fixée selon les places disponibles.",
          "Admission interview by phone, then an entry date set based on available beds.",
        ),
        requiredDocuments: [DOC_ID, DOC_RAMQ],
        hours: "twentyfourseven",
        languages: FR,
      },
      {
        names: [
          b("Aide pour le jeu excessif", "Help for problem gambling"),
          b("Programme jeu et écrans", "Gambling and screen use program"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles et de groupe pour les personnes qui ont perdu le contrôle de leurs habitudes de jeu (loteries, casino, paris en ligne), avec soutien budgétaire.",
            "Individual and group sessions for people who have lost control of their gambling (lotteries, casino, online betting), with budget support.",
          ),
          b(
            "Suivi gratuit pour les joueurs et les utilisateurs excessifs d'écrans et de jeux vidéo, ainsi que pour leurs proches.",
            "Free follow-up for problem gamblers and people with excessive screen or video game use, and for their loved ones.",
          ),
        ],
        taxonomyCodes: ["ADDICTION.GAMBLING"],
        free: true,
        applicationProcess: b(
          "Téléphoner pour une première rencontre confidentielle.",
          "Call for a first confidential meeting.",
        ),
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Soutien à l'entourage", "Support for families and friends"),
          b("Groupe pour les proches d'une personne dépendante", "Group for loved ones of a person with an addiction"),
        ],
        descriptions: [
          b(
            "Rencontres pour les conjoints, parents et enfants d'une personne dépendante : comprendre la dépendance, poser ses limites et prendre soin de soi.",
            "Meetings for partners, parents and children of a person with an addiction: understanding addiction, setting boundaries and taking care of oneself.",
          ),
          b(
            "Groupe de soutien de huit semaines pour l'entourage, que la personne dépendante soit en traitement ou non.",
            "An eight-week support group for loved ones, whether or not the person with the addiction is in treatment.",
          ),
        ],
        taxonomyCodes: ["ADDICTION.FAMILY"],
        free: true,
        applicationProcess: b("Inscription par téléphone.", "Register by phone."),
        hours: "evening",
        languages: FR,
      },
    ],
  },
];

// ─── Famille ─────────────────────────────────────────────────────────────────
const FAMILY_KINDS: OrgKindSeed[] = [
  {
    key: "family-home",
    weight: 1.5,
    names: [
      b("Maison de la famille {area}", "{area} Family Resource Centre"),
      b("La Ruche familiale de {city}", "La Ruche – {city} Family Centre"),
      b("Carrefour des familles {area}", "{area} Family Hub"),
    ],
    descriptions: [
      b(
        "Maison de la famille qui accueille les parents et leurs enfants de 0 à 12 ans dans un milieu de vie chaleureux. On y trouve des ateliers, une halte-garderie, des activités parents-enfants et une oreille attentive.",
        "A family resource centre welcoming parents and their children aged 0 to 12 in a warm, community setting. It offers workshops, drop-in daycare, parent-child activities and a listening ear.",
      ),
      b(
        "Organisme communautaire famille qui soutient tous les types de familles : biparentales, monoparentales, recomposées, nouvellement arrivées. Les activités sont gratuites ou à très faible coût.",
        "A community family organization supporting all kinds of families: two-parent, single-parent, blended and newcomer families. Activities are free or very low cost.",
      ),
    ],
    taxonomyCodes: ["FAMILY.HOME", "FAMILY.CHILDCARE", "FAMILY.PARENTING", "FAMILY.FATHERS", "FAMILY.SINGLEPARENT"],
    services: [
      {
        names: [
          b("Milieu de vie pour les familles", "Family drop-in"),
          b("Accueil et activités parents-enfants", "Welcome and parent-child activities"),
        ],
        descriptions: [
          b(
            "Matinées d'accueil libre avec coin jeux, café pour les parents, joujouthèque et sorties familiales à petit prix. Une intervenante est sur place pour écouter et orienter.",
            "Open mornings with a play area, coffee for parents, a toy library and low-cost family outings. A worker is on site to listen and refer.",
          ),
          b(
            "Activités parents-enfants (éveil musical, motricité, bricolage) et fêtes familiales tout au long de l'année, ouvertes à toutes les familles du territoire.",
            "Parent-child activities (music, movement, crafts) and family celebrations throughout the year, open to all families in the area.",
          ),
        ],
        taxonomyCodes: ["FAMILY.HOME"],
        clientele: b("Familles avec enfants de 0 à 12 ans", "Families with children aged 0 to 12"),
        free: true,
        applicationProcess: b(
          "Se présenter pendant les heures d'accueil; carte de membre familiale gratuite.",
          "Drop in during opening hours; free family membership.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Halte-garderie", "Drop-in daycare"),
          b("Halte-répit pour les tout-petits", "Respite daycare for toddlers"),
        ],
        descriptions: [
          b(
            "Garde occasionnelle de quelques heures pour les enfants de 18 mois à 5 ans, le temps d'un rendez-vous, d'une course ou d'un moment de répit. Éducatrices qualifiées.",
            "Occasional care for a few hours for children aged 18 months to 5 years, during an appointment, errands or a break. Qualified educators.",
          ),
          b(
            "Halte-garderie communautaire à faible coût, réservée à l'avance, idéale pour les parents qui n'ont pas de place en service de garde.",
            "Low-cost community drop-in daycare, booked in advance, ideal for parents without a childcare spot.",
          ),
        ],
        taxonomyCodes: ["FAMILY.CHILDCARE"],
        ageMax: 5,
        free: false,
        fees: b("3 $ à 5 $ la demi-journée.", "$3 to $5 per half-day."),
        applicationProcess: b(
          "Réserver au moins deux jours à l'avance; fiche d'inscription de l'enfant à remplir.",
          "Book at least two days ahead; child registration form required.",
        ),
        hours: "split",
        languages: FR,
      },
      {
        names: [
          b("Ateliers sur les compétences parentales", "Parenting skills workshops"),
          b("Ateliers « Être parent au quotidien »", "“Everyday parenting” workshops"),
        ],
        descriptions: [
          b(
            "Série de rencontres de groupe sur la discipline positive, les crises, le sommeil, les écrans et la communication avec les enfants, animées par une intervenante familiale.",
            "A series of group sessions on positive discipline, tantrums, sleep, screens and communicating with children, led by a family worker.",
          ),
          b(
            "Ateliers pour les parents qui se sentent dépassés ou qui veulent simplement de nouveaux outils; halte-garderie gratuite pendant les rencontres.",
            "Workshops for parents who feel overwhelmed or simply want new tools; free childcare during sessions.",
          ),
        ],
        taxonomyCodes: ["FAMILY.PARENTING"],
        free: true,
        applicationProcess: b(
          "Inscription par téléphone; nouvelles séries en septembre et en janvier.",
          "Register by phone; new series in September and January.",
        ),
        hours: "evening",
        languages: FR_EN,
      },
      {
        names: [
          b("Activités pour les pères", "Activities for fathers"),
          b("Cafés-rencontres papas", "Dads' coffee meetups"),
        ],
        descriptions: [
          b(
            "Rencontres et sorties pensées pour les pères et leurs enfants : samedis sportifs, cuisine entre papas, discussions sur la paternité.",
            "Meetups and outings designed for fathers and their children: sports Saturdays, dads' cooking sessions, discussions about fatherhood.",
          ),
          b(
            "Soutien aux pères, y compris ceux qui vivent une séparation, avec un intervenant qui comprend leur réalité.",
            "Support for fathers, including those going through a separation, with a worker who understands their reality.",
          ),
        ],
        taxonomyCodes: ["FAMILY.FATHERS"],
        free: true,
        applicationProcess: b(
          "Consulter la programmation et s'inscrire par téléphone ou par courriel.",
          "Check the schedule and register by phone or email.",
        ),
        hours: "weekend",
        languages: FR,
      },
      {
        names: [
          b("Soutien aux familles monoparentales et recomposées", "Support for single-parent and blended families"),
          b("Groupe de parents solos", "Single parents' group"),
        ],
        descriptions: [
          b(
            "Rencontres d'entraide pour les parents seuls, aide concrète (vêtements d'enfants, références) et activités familiales où personne ne se sent à part.",
            "Peer meetings for single parents, practical help (children's clothing, referrals) and family activities where no one feels left out.",
          ),
          b(
            "Accompagnement des familles recomposées : place de chacun, rôle du beau-parent, communication avec l'autre parent.",
            "Support for blended families: everyone's place, the step-parent's role, communication with the other parent.",
          ),
        ],
        taxonomyCodes: ["FAMILY.SINGLEPARENT"],
        free: true,
        applicationProcess: b("Téléphoner pour rencontrer l'intervenante.", "Call to meet the family worker."),
        hours: "evening",
        languages: FR,
      },
    ],
  },
  {
    key: "perinatal-centre",
    weight: 0.6,
    names: [
      b("Centre de ressources périnatales Premiers Pas {area}", "Premiers Pas Perinatal Resource Centre – {area}"),
      b("Le Nid – périnatalité et petite enfance {area}", "Le Nid – {area} Perinatal and Early Childhood"),
      b("Naissance et famille {city}", "{city} Birth and Family Centre"),
    ],
    descriptions: [
      b(
        "Centre de ressources périnatales qui accompagne les familles de la grossesse jusqu'aux deux ans de l'enfant. Accompagnantes à la naissance, marraines d'allaitement et relevailles à domicile.",
        "A perinatal resource centre supporting families from pregnancy until the child turns two. Birth companions, breastfeeding mentors and postnatal help at home.",
      ),
      b(
        "Organisme en périnatalité où les futurs et nouveaux parents trouvent information, soutien et entraide. Un vestiaire d'articles pour bébé aide les familles à faible revenu.",
        "A perinatal organization where expectant and new parents find information, support and peer help. A baby item exchange helps low-income families.",
      ),
    ],
    taxonomyCodes: [
      "FAMILY.PERINATAL.PREGNANCY",
      "FAMILY.PERINATAL.BREASTFEEDING",
      "FAMILY.PERINATAL.POSTNATAL",
      "GOODS.BABY",
    ],
    services: [
      {
        names: [
          b("Accompagnement à la naissance", "Birth companion services"),
          b("Préparation à l'accouchement", "Childbirth preparation"),
        ],
        descriptions: [
          b(
            "Une accompagnante à la naissance rencontre les futurs parents pendant la grossesse, les soutient pendant l'accouchement et fait une visite après la naissance.",
            "A birth companion meets parents-to-be during pregnancy, supports them during labour and visits after the birth.",
          ),
          b(
            "Cours prénataux en petit groupe : respiration, positions, rôle du partenaire, premiers jours avec bébé.",
            "Small-group prenatal classes: breathing, positions, the partner's role, the first days with baby.",
          ),
        ],
        taxonomyCodes: ["FAMILY.PERINATAL.PREGNANCY"],
        free: false,
        fees: b(
          "Tarif selon le revenu; gratuit pour les familles à faible revenu.",
          "Fee based on income; free for low-income families.",
        ),
        applicationProcess: b(
          "S'inscrire idéalement avant la 30e semaine de grossesse.",
          "Ideally register before the 30th week of pregnancy.",
        ),
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Soutien à l'allaitement", "Breastfeeding support"),
          b("Halte-allaitement et marraines", "Breastfeeding drop-in and mentors"),
        ],
        descriptions: [
          b(
            "Marraines d'allaitement bénévoles jointes par téléphone ou texto, et halte-allaitement hebdomadaire avec une consultante en lactation.",
            "Volunteer breastfeeding mentors reachable by phone or text, and a weekly breastfeeding drop-in with a lactation consultant.",
          ),
          b(
            "Aide aux mères qui allaitent : mise au sein, douleurs, tire-lait, retour au travail. Prêt de tire-lait électrique.",
            "Help for breastfeeding mothers: latching, pain, pumping, returning to work. Electric breast pump loans.",
          ),
        ],
        taxonomyCodes: ["FAMILY.PERINATAL.BREASTFEEDING"],
        free: true,
        applicationProcess: b(
          "Se présenter à la halte ou demander une marraine par téléphone.",
          "Come to the drop-in or ask for a mentor by phone.",
        ),
        hours: "split",
        languages: FR_EN,
      },
      {
        names: [b("Relevailles à domicile", "Postnatal help at home"), b("Soutien postnatal", "Postnatal support")],
        descriptions: [
          b(
            "Une aide à domicile vient quelques heures par semaine après la naissance pour s'occuper de bébé, des aînés de la famille ou de tâches légères, le temps que la mère se repose.",
            "A home helper comes a few hours a week after the birth to care for the baby, older siblings or light chores while the mother rests.",
          ),
          b(
            "Visites et appels postnatals pour les familles épuisées, isolées ou qui vivent une naissance multiple.",
            "Postnatal visits and calls for families who are exhausted, isolated or have had twins or more.",
          ),
        ],
        taxonomyCodes: ["FAMILY.PERINATAL.POSTNATAL"],
        ageMax: 1,
        free: false,
        fees: b(
          "Tarif horaire modulé selon le revenu, de 5 $ à 20 $.",
          "Hourly rate on a sliding scale, from $5 to $20.",
        ),
        applicationProcess: b(
          "Demande pendant la grossesse ou après la naissance, par téléphone.",
          "Apply during pregnancy or after the birth, by phone.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Vestiaire et articles pour bébé", "Baby item exchange"),
          b("Couches et lait maternisé de dépannage", "Emergency diapers and formula"),
        ],
        descriptions: [
          b(
            "Vêtements de 0 à 24 mois, poussettes, sièges d'auto non expirés et équipement pour bébé, remis gratuitement ou à petit prix aux familles dans le besoin.",
            "Clothing for 0 to 24 months, strollers, unexpired car seats and baby gear, given free or at low cost to families in need.",
          ),
          b(
            "Dépannage en couches, lingettes et lait maternisé pour les familles qui en manquent, sur simple demande.",
            "Emergency diapers, wipes and formula for families who have run out, on request.",
          ),
        ],
        taxonomyCodes: ["GOODS.BABY"],
        free: true,
        applicationProcess: b(
          "Passer pendant les heures d'ouverture; les dons d'articles propres sont aussi acceptés.",
          "Drop in during opening hours; donations of clean items are also accepted.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "family-mediation",
    weight: 0.3,
    names: [
      b("Service de médiation familiale Entente {area}", "Entente Family Mediation – {area}"),
      b("Centre Coparentalité {area}", "{area} Co-Parenting Centre"),
    ],
    descriptions: [
      b(
        "Service de médiation familiale qui aide les parents qui se séparent à s'entendre sur la garde des enfants, la pension alimentaire et le partage des biens, sans passer par un procès.",
        "A family mediation service helping separating parents agree on custody, child support and division of property without going to court.",
      ),
      b(
        "Organisme spécialisé en séparation et en coparentalité, qui offre médiation, séances d'information et soutien aux enfants dont les parents se séparent.",
        "An organization specializing in separation and co-parenting, offering mediation, information sessions and support for children whose parents are separating.",
      ),
    ],
    taxonomyCodes: ["FAMILY.MEDIATION", "FAMILY.SINGLEPARENT"],
    services: [
      {
        names: [
          b("Médiation familiale", "Family mediation"),
          b("Médiation pour parents qui se séparent", "Mediation for separating parents"),
        ],
        descriptions: [
          b(
            "Un médiateur accrédité aide les deux parents à négocier une entente sur la garde, les contacts et la pension alimentaire. Les couples avec enfants ont droit à des heures de médiation payées par l'État.",
            "An accredited mediator helps both parents negotiate an agreement on custody, access and child support. Couples with children are entitled to mediation hours paid by the government.",
          ),
          b(
            "Médiation pour une première entente ou la révision d'une entente existante, en personne ou à distance.",
            "Mediation for a first agreement or a revision of an existing one, in person or remotely.",
          ),
        ],
        taxonomyCodes: ["FAMILY.MEDIATION"],
        free: false,
        fees: b(
          "Gratuit pour les heures couvertes par le programme gouvernemental; ensuite, environ 110 $ l'heure.",
          "Free for the hours covered by the government program; about $110 an hour afterwards.",
        ),
        applicationProcess: b(
          "Téléphoner pour fixer une première séance; les deux parents doivent y assister, ensemble ou séparément.",
          "Call to book a first session; both parents must attend, together or separately.",
        ),
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Séances sur la coparentalité", "Co-parenting sessions"),
          b("Groupe pour enfants de parents séparés", "Group for children of separated parents"),
        ],
        descriptions: [
          b(
            "Séance d'information de groupe sur la coparentalité après une rupture : besoins des enfants, communication entre parents, aspects juridiques.",
            "A group information session on co-parenting after a breakup: children's needs, communication between parents, legal aspects.",
          ),
          b(
            "Groupe de six rencontres pour les enfants de 6 à 12 ans qui vivent la séparation de leurs parents, pour exprimer ce qu'ils ressentent.",
            "A six-session group for children aged 6 to 12 whose parents are separating, so they can express how they feel.",
          ),
        ],
        taxonomyCodes: ["FAMILY.MEDIATION", "FAMILY.SINGLEPARENT"],
        free: true,
        applicationProcess: b("Inscription par téléphone ou en ligne.", "Register by phone or online."),
        hours: "evening",
        languages: FR,
      },
    ],
  },
];

// ─── Aînés et bénévolat ──────────────────────────────────────────────────────
const SENIORS_KINDS: OrgKindSeed[] = [
  {
    key: "volunteer-centre",
    weight: 2,
    names: [
      b("Centre d'action bénévole Le Relais de {city}", "Le Relais Volunteer Centre – {city}"),
      b("Centre d'action bénévole des Quatre-Vents {area}", "Quatre-Vents Volunteer Centre – {area}"),
      b("Action bénévole {area}", "{area} Volunteer Action"),
    ],
    descriptions: [
      b(
        "Centre d'action bénévole qui fait la promotion du bénévolat et offre, grâce à ses bénévoles, des services de maintien à domicile aux aînés : transport médical, visites d'amitié, comptoir d'impôts et popote roulante.",
        "A volunteer centre that promotes volunteering and, through its volunteers, offers home support services to seniors: medical transportation, friendly visits, a tax clinic and meals on wheels.",
      ),
      b(
        "Organisme phare de l'action bénévole dans la région : il recrute, forme et jumelle des bénévoles avec les organismes et soutient directement les personnes en perte d'autonomie. Plus de 200 bénévoles y sont actifs.",
        "A leading volunteer organization in the region: it recruits, trains and matches volunteers with organizations and directly supports people with reduced autonomy. More than 200 volunteers are active.",
      ),
    ],
    taxonomyCodes: [
      "TRANSPORT.MEDICAL",
      "SENIORS.HOMESUPPORT.FRIENDLYVISIT",
      "INCOME.TAX",
      "VOLUNTEER.CENTRE",
      "VOLUNTEER.MATCH",
      "VOLUNTEER.ORGSUPPORT",
    ],
    services: [
      {
        names: [
          b("Transport-accompagnement médical", "Medical escort transportation"),
          b("Accompagnement aux rendez-vous médicaux", "Rides to medical appointments"),
        ],
        descriptions: [
          b(
            "Un bénévole conduit la personne à ses rendez-vous médicaux (clinique, hôpital, examens), l'attend et la ramène à la maison. Le service s'adresse aux personnes sans moyen de transport.",
            "A volunteer drives the person to medical appointments (clinic, hospital, tests), waits and brings them home. For people without transportation.",
          ),
          b(
            "Accompagnement bénévole pour les aînés et les personnes malades qui ne peuvent se rendre seuls à leurs rendez-vous, y compris vers les hôpitaux de Québec et de Lévis.",
            "Volunteer escort for seniors and sick people who cannot get to appointments alone, including to hospitals in Québec City and Lévis.",
          ),
        ],
        taxonomyCodes: ["TRANSPORT.MEDICAL"],
        eligibility: b(
          "Aînés, personnes malades ou à faible revenu sans moyen de transport.",
          "Seniors, sick or low-income people without transportation.",
        ),
        free: false,
        fees: b(
          "Contribution selon le kilométrage (environ 0,45 $ le km), stationnement en sus.",
          "Contribution based on mileage (about $0.45/km), parking extra.",
        ),
        applicationProcess: b(
          "Réserver au moins trois jours ouvrables avant le rendez-vous.",
          "Book at least three business days before the appointment.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Visites et appels d'amitié", "Friendly visits and calls"),
          b("Jumelage d'amitié pour aînés isolés", "Friendship matching for isolated seniors"),
        ],
        descriptions: [
          b(
            "Un bénévole rend visite chaque semaine à une personne aînée isolée pour jaser, jouer aux cartes ou faire une promenade. Des appels d'amitié sont aussi possibles.",
            "A volunteer visits an isolated senior every week to chat, play cards or go for a walk. Friendly phone calls are also available.",
          ),
          b(
            "Jumelage durable entre un aîné qui vit seul et un bénévole du même secteur, pour briser l'isolement.",
            "A lasting match between a senior living alone and a volunteer from the same area, to reduce isolation.",
          ),
        ],
        taxonomyCodes: ["SENIORS.HOMESUPPORT.FRIENDLYVISIT"],
        ageMin: 65,
        free: true,
        applicationProcess: b(
          "La personne, un proche ou le CLSC téléphone pour une demande de jumelage.",
          "The person, a relative or the CLSC calls to request a match.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Comptoir d'impôts bénévole", "Volunteer tax clinic"),
          b(
            "Clinique d'impôts pour aînés et personnes à faible revenu",
            "Tax clinic for seniors and low-income people",
          ),
        ],
        descriptions: [
          b(
            "Des bénévoles remplissent gratuitement les déclarations de revenus des personnes à faible revenu dont la situation fiscale est simple, de février à avril et sur rendez-vous le reste de l'année.",
            "Volunteers prepare free tax returns for low-income people with simple tax situations, from February to April and by appointment the rest of the year.",
          ),
          b(
            "Service d'impôts gratuit pour que les aînés et les familles reçoivent tous les crédits et prestations auxquels ils ont droit.",
            "A free tax service so seniors and families receive all the credits and benefits they are entitled to.",
          ),
        ],
        taxonomyCodes: ["INCOME.TAX"],
        eligibility: b(
          "Personnes seules dont le revenu est inférieur à environ 35 000 $ (plus pour un couple); pas de revenus de location ni d'entreprise.",
          "Single people with income under about $35,000 (more for couples); no rental or business income.",
        ),
        free: true,
        applicationProcess: b(
          "Déposer ses documents dans une enveloppe au comptoir; retour en deux semaines.",
          "Drop off your documents in an envelope at the counter; returned within two weeks.",
        ),
        requiredDocuments: [DOC_TAX, DOC_NOA, DOC_ID],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Devenir bénévole", "Become a volunteer"),
          b("Recrutement et jumelage de bénévoles", "Volunteer recruitment and matching"),
        ],
        descriptions: [
          b(
            "Rencontre avec une conseillère pour trouver une activité bénévole qui correspond à ses intérêts et disponibilités : accompagnement, popote, comptoir alimentaire, sports, administration.",
            "A meeting with an advisor to find a volunteer role that matches your interests and availability: escort, meals on wheels, food bank, sports, administration.",
          ),
          b(
            "Le centre jumelle les citoyens qui veulent s'impliquer avec les organismes de la région qui cherchent des bénévoles, et offre formation et reconnaissance.",
            "The centre matches residents who want to get involved with local organizations looking for volunteers, and provides training and recognition.",
          ),
        ],
        taxonomyCodes: ["VOLUNTEER.CENTRE", "VOLUNTEER.MATCH"],
        free: true,
        applicationProcess: b(
          "Remplir le formulaire en ligne ou téléphoner; une entrevue est fixée.",
          "Fill out the online form or call; an interview is scheduled.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Soutien aux organismes", "Support for community organizations"),
          b("Formation et recrutement pour les organismes", "Training and recruitment for organizations"),
        ],
        descriptions: [
          b(
            "Formations pour les gestionnaires de bénévoles, affichage des besoins en bénévoles, prêt de salles et d'équipement pour les organismes communautaires du territoire.",
            "Training for volunteer managers, posting of volunteer needs, and room and equipment loans for local community organizations.",
          ),
          b(
            "Accompagnement des organismes et des comités de citoyens dans leur recrutement, leur gestion de bénévoles et leur vie associative.",
            "Support for organizations and citizens' committees with recruitment, volunteer management and governance.",
          ),
        ],
        taxonomyCodes: ["VOLUNTEER.ORGSUPPORT"],
        free: true,
        applicationProcess: b(
          "Communiquer avec la responsable du soutien aux organismes.",
          "Contact the community organization support coordinator.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "caregivers-association",
    weight: 0.6,
    names: [
      b("Le Relais des proches aidants {area}", "Le Relais – {area} Caregiver Support"),
      b("Association des proches aidants de {city}", "{city} Caregivers Association"),
      b("Espace Répit-Aidants {area}", "Espace Répit-Aidants – {area}"),
    ],
    descriptions: [
      b(
        "Organisme qui soutient les proches aidants d'aînés ou de personnes malades ou handicapées. Il offre écoute, formation, groupes d'entraide et services de répit pour prévenir l'épuisement.",
        "An organization supporting caregivers of seniors or people who are ill or disabled. It offers listening, training, peer groups and respite services to prevent burnout.",
      ),
      b(
        "Ressource dédiée à ceux et celles qui prennent soin d'un proche : conjoint, parent, enfant ou ami. Les intervenantes aident à reconnaître son rôle, à demander de l'aide et à prendre du temps pour soi.",
        "A resource dedicated to people caring for a partner, parent, child or friend. Counsellors help caregivers recognize their role, ask for help and take time for themselves.",
      ),
    ],
    taxonomyCodes: ["SENIORS.CAREGIVER.SUPPORT", "SENIORS.CAREGIVER.RESPITE"],
    services: [
      {
        names: [
          b("Soutien psychosocial aux proches aidants", "Counselling for caregivers"),
          b("Écoute et accompagnement des aidants", "Listening and support for caregivers"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles à domicile, au bureau ou par téléphone avec une intervenante pour parler de ce que l'on vit, faire le point sur ses besoins et connaître les ressources.",
            "One-on-one meetings at home, at the office or by phone with a counsellor to talk about your experience, review your needs and learn about resources.",
          ),
          b(
            "Groupes d'entraide mensuels pour les proches aidants, avec halte-répit sur place pour la personne aidée.",
            "Monthly peer support groups for caregivers, with on-site respite for the person receiving care.",
          ),
        ],
        taxonomyCodes: ["SENIORS.CAREGIVER.SUPPORT"],
        free: true,
        applicationProcess: b(
          "Téléphoner; l'intervenante rappelle dans les 48 heures.",
          "Call; a counsellor calls back within 48 hours.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Formations pour proches aidants", "Caregiver training"),
          b("Ateliers « Prendre soin sans s'épuiser »", "“Caring without burning out” workshops"),
        ],
        descriptions: [
          b(
            "Ateliers sur la maladie d'Alzheimer, les déplacements sécuritaires, les aspects juridiques (mandat de protection, procuration) et la gestion du stress.",
            "Workshops on Alzheimer's disease, safe transfers, legal matters (protection mandate, power of attorney) and stress management.",
          ),
          b(
            "Série de conférences pour outiller les proches aidants, offertes en après-midi et en soirée, en personne ou en ligne.",
            "A lecture series to equip caregivers, offered afternoons and evenings, in person or online.",
          ),
        ],
        taxonomyCodes: ["SENIORS.CAREGIVER.SUPPORT"],
        free: true,
        applicationProcess: b("Inscription par téléphone ou en ligne.", "Register by phone or online."),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Répit pour proches aidants", "Caregiver respite"),
          b("Centre de jour de répit", "Respite day program"),
        ],
        descriptions: [
          b(
            "Une journée par semaine, la personne aidée participe à des activités adaptées dans un centre de jour, pendant que le proche aidant prend du temps pour lui.",
            "One day a week, the person receiving care joins adapted activities at a day centre while the caregiver takes time for themselves.",
          ),
          b(
            "Banque d'heures de répit à domicile offertes par des préposées formées, à tarif réduit.",
            "A bank of in-home respite hours provided by trained workers at a reduced rate.",
          ),
        ],
        taxonomyCodes: ["SENIORS.CAREGIVER.RESPITE"],
        free: false,
        fees: b(
          "De 5 $ à 15 $ la journée ou l'heure selon le service.",
          "$5 to $15 per day or per hour depending on the service.",
        ),
        applicationProcess: b(
          "Évaluation des besoins à domicile avant le début du répit.",
          "A needs assessment at home before respite begins.",
        ),
        hours: "split",
        languages: FR,
      },
    ],
  },
  {
    key: "seniors-rights",
    weight: 0.4,
    names: [
      b("Vigie aînés {area}", "Vigie aînés – {area} Seniors' Rights"),
      b("Association pour les droits des retraités de {city}", "{city} Retirees' Rights Association"),
    ],
    descriptions: [
      b(
        "Association de défense des droits des personnes aînées et retraitées. Elle informe sur les droits, lutte contre la maltraitance et accompagne les aînés dans leurs démarches.",
        "An association defending the rights of seniors and retirees. It informs people of their rights, fights elder abuse and supports seniors with their procedures.",
      ),
      b(
        "Organisme qui aide les aînés à faire respecter leurs droits : logement en résidence, fraude, pension, maltraitance. Les services sont offerts par des bénévoles et des intervenantes formées.",
        "An organization helping seniors enforce their rights: housing in residences, fraud, pensions, abuse. Services are provided by trained volunteers and counsellors.",
      ),
    ],
    taxonomyCodes: ["SENIORS.ABUSE", "SENIORS.RESIDENCE", "LEGAL.CONSUMER", "INCOME.BENEFITS"],
    services: [
      {
        names: [
          b("Aide en situation de maltraitance", "Help with elder abuse"),
          b("Écoute et accompagnement des aînés maltraités", "Support for abused seniors"),
        ],
        descriptions: [
          b(
            "Une intervenante écoute, évalue la situation et accompagne l'aîné victime de maltraitance financière, psychologique ou physique, à son rythme et dans le respect de ses choix.",
            "A counsellor listens, assesses the situation and supports seniors experiencing financial, psychological or physical abuse, at their pace and respecting their choices.",
          ),
          b(
            "Soutien confidentiel aux aînés et aux proches inquiets : exploitation par un membre de la famille, négligence, intimidation en résidence.",
            "Confidential support for seniors and worried family members: exploitation by a relative, neglect, bullying in a residence.",
          ),
        ],
        taxonomyCodes: ["SENIORS.ABUSE"],
        ageMin: 60,
        free: true,
        applicationProcess: b(
          "Téléphoner; une rencontre peut avoir lieu ailleurs qu'au domicile si la personne le souhaite.",
          "Call; a meeting can take place away from home if the person prefers.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Information sur les résidences pour aînés", "Information on seniors' residences"),
          b("Droits des locataires en résidence", "Rights of residence tenants"),
        ],
        descriptions: [
          b(
            "Information sur le choix d'une résidence privée pour aînés, le bail, les services inclus, les hausses de loyer et la résiliation du bail pour raison de santé.",
            "Information on choosing a private seniors' residence, the lease, included services, rent increases and ending the lease for health reasons.",
          ),
          b(
            "Aide aux aînés en résidence qui ont un différend avec l'exploitant, avec référence vers les recours appropriés.",
            "Help for seniors in residences who have a dispute with the operator, with referral to the appropriate remedies.",
          ),
        ],
        taxonomyCodes: ["SENIORS.RESIDENCE"],
        ageMin: 60,
        free: true,
        applicationProcess: b("Téléphoner pour prendre rendez-vous.", "Call to book an appointment."),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Ateliers de prévention de la fraude", "Fraud prevention workshops"),
          b("Aînés avertis : arnaques et sollicitation", "Savvy seniors: scams and solicitation"),
        ],
        descriptions: [
          b(
            "Ateliers dans les résidences et les clubs d'aînés sur les fraudes courantes (faux petit-fils, hameçonnage, vente sous pression) et les bons réflexes.",
            "Workshops in residences and seniors' clubs on common scams (grandparent scam, phishing, high-pressure sales) and how to react.",
          ),
          b(
            "Information pour reconnaître les arnaques, protéger ses renseignements personnels et signaler une fraude.",
            "Information on recognizing scams, protecting personal information and reporting fraud.",
          ),
        ],
        taxonomyCodes: ["SENIORS.ABUSE", "LEGAL.CONSUMER"],
        ageMin: 55,
        free: true,
        applicationProcess: b(
          "Les groupes et les résidences réservent un atelier par téléphone.",
          "Groups and residences book a workshop by phone.",
        ),
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Aide pour le supplément de revenu garanti", "Help with the Guaranteed Income Supplement"),
          b("Clinique pension et prestations pour aînés", "Pension and benefits clinic for seniors"),
        ],
        descriptions: [
          b(
            "Vérification de l'admissibilité au supplément de revenu garanti, à l'allocation au survivant et aux crédits d'impôt pour aînés, et aide pour remplir les formulaires.",
            "Eligibility check for the Guaranteed Income Supplement, the Allowance for the Survivor and seniors' tax credits, with help filling out forms.",
          ),
          b(
            "Bénévoles formés qui expliquent les lettres des gouvernements et aident à faire les demandes de pension.",
            "Trained volunteers who explain government letters and help with pension applications.",
          ),
        ],
        taxonomyCodes: ["INCOME.BENEFITS"],
        ageMin: 60,
        free: true,
        applicationProcess: b(
          "Sur rendez-vous, avec ses derniers relevés de pension.",
          "By appointment, with your latest pension statements.",
        ),
        requiredDocuments: [DOC_NOA, DOC_ID],
        hours: "appointment",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "seniors-centre",
    weight: 1.5,
    names: [
      b("Club de l'âge d'or de {city}", "{city} Golden Age Club"),
      b("Centre communautaire des aînés {area}", "{area} Seniors' Community Centre"),
      b("Les Aînés actifs de {city}", "{city} Active Seniors"),
    ],
    descriptions: [
      b(
        "Club d'aînés qui organise des activités de loisirs, des dîners communautaires et des sorties pour garder les membres actifs et entourés. Les nouveaux membres, même récemment retraités, sont les bienvenus.",
        "A seniors' club organizing recreational activities, community lunches and outings to keep members active and connected. New members, including the recently retired, are welcome.",
      ),
      b(
        "Centre communautaire pour les 50 ans et plus : cours, exercices, cartes, chorale et ateliers numériques. Le local est accessible aux personnes à mobilité réduite.",
        "A community centre for people 50 and over: classes, exercise, cards, choir and digital workshops. The premises are accessible to people with reduced mobility.",
      ),
    ],
    taxonomyCodes: ["SENIORS.ISOLATION", "EDUCATION.DIGITAL"],
    services: [
      {
        names: [
          b("Dîners communautaires et activités", "Community lunches and activities"),
          b("Après-midi de cartes et dîners du mois", "Card afternoons and monthly lunches"),
        ],
        descriptions: [
          b(
            "Dîner communautaire mensuel, après-midi de cartes et de bingo, soirées dansantes et voyages d'un jour pour les membres.",
            "A monthly community lunch, card and bingo afternoons, dances and day trips for members.",
          ),
          b(
            "Activités hebdomadaires pour briser l'isolement des aînés : jeux, chorale, conférences et fêtes thématiques.",
            "Weekly activities to reduce seniors' isolation: games, choir, talks and themed celebrations.",
          ),
        ],
        taxonomyCodes: ["SENIORS.ISOLATION"],
        ageMin: 50,
        free: false,
        fees: b(
          "Carte de membre de 25 $ par année; certaines activités à petit prix.",
          "$25 yearly membership; some activities at low cost.",
        ),
        applicationProcess: b(
          "Devenir membre au local ou lors d'une activité.",
          "Join at the centre or during an activity.",
        ),
        hours: "split",
        languages: FR,
      },
      {
        names: [f("Programme d'exercices « Bouger ensemble »"), f("Viactivité et marche en groupe")],
        descriptions: [
          f(
            "Séances d'exercices doux deux fois par semaine, adaptées à la condition physique de chacun, animées par des bénévoles formés. Prévention des chutes et plaisir garantis.",
          ),
          f(
            "Club de marche et mise en forme pour les aînés, à l'intérieur l'hiver et dehors dès le printemps, suivi d'un café.",
          ),
        ],
        taxonomyCodes: ["SENIORS.ISOLATION"],
        ageMin: 55,
        free: true,
        applicationProcess: f("Se présenter au début d'une séance; aucune inscription nécessaire."),
        hours: "split",
        languages: FR,
        englishMissing: true,
      },
      {
        names: [
          b("Initiation à la tablette et au cellulaire", "Tablet and smartphone basics"),
          b("Ateliers numériques pour aînés", "Digital workshops for seniors"),
        ],
        descriptions: [
          b(
            "Ateliers en petits groupes pour apprendre à utiliser une tablette ou un cellulaire : appels vidéo avec la famille, courriels, photos, services gouvernementaux en ligne.",
            "Small-group workshops on using a tablet or smartphone: video calls with family, email, photos, online government services.",
          ),
          b(
            "Aide individuelle d'un jeune bénévole pour régler un problème informatique ou apprendre une application, sur rendez-vous.",
            "One-on-one help from a young volunteer to solve a computer problem or learn an app, by appointment.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.DIGITAL"],
        ageMin: 55,
        free: false,
        fees: b("10 $ pour la série de quatre ateliers.", "$10 for the four-workshop series."),
        applicationProcess: b(
          "Inscription au local; apporter son appareil.",
          "Register at the centre; bring your own device.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
];

// ─── Jeunesse ────────────────────────────────────────────────────────────────
const YOUTH_KINDS: OrgKindSeed[] = [
  {
    key: "maison-des-jeunes",
    weight: 2,
    names: [
      b("Maison des jeunes de {city}", "{city} Youth Centre"),
      b("Maison des jeunes L'Ado-Zone {area}", "L'Ado-Zone Youth Centre – {area}"),
      b("Le Repaire jeunesse de {city}", "Le Repaire – {city} Teen Drop-In"),
    ],
    descriptions: [
      b(
        "Maison des jeunes où les 12 à 17 ans se retrouvent après l'école et le soir, entre amis, avec des animateurs à l'écoute. On y joue, on y discute, on y monte des projets et on y trouve de l'aide au besoin.",
        "A youth centre where 12- to 17-year-olds meet after school and in the evening, with friends and caring youth workers. Teens play, talk, build projects and get help when needed.",
      ),
      b(
        "Lieu de rencontre animé pour les ados, géré avec eux : activités sportives et culturelles, aide aux devoirs, ateliers de prévention et projets de bénévolat dans la communauté.",
        "A lively meeting place for teens, run with them: sports and cultural activities, homework help, prevention workshops and volunteer projects in the community.",
      ),
    ],
    taxonomyCodes: ["YOUTH.MDJ", "EDUCATION.HOMEWORK", "VOLUNTEER.YOUTH"],
    services: [
      {
        names: [
          b("Milieu de vie pour les 12-17 ans", "Drop-in for ages 12-17"),
          b("Soirées ouvertes à la maison des jeunes", "Open evenings at the youth centre"),
        ],
        descriptions: [
          b(
            "Accès libre et gratuit à la maison des jeunes : billard, jeux vidéo, cuisine, musique et sorties, avec des animateurs qui écoutent et accompagnent les jeunes.",
            "Free drop-in access to the youth centre: pool, video games, cooking, music and outings, with youth workers who listen and support.",
          ),
          b(
            "Un endroit sécuritaire et sans jugement pour passer ses soirées, rencontrer d'autres jeunes et parler de ce qui préoccupe.",
            "A safe, non-judgmental place to spend evenings, meet other teens and talk about what's on your mind.",
          ),
        ],
        taxonomyCodes: ["YOUTH.MDJ"],
        ageMin: 12,
        ageMax: 17,
        free: true,
        applicationProcess: b(
          "Passer à la maison des jeunes pendant les heures d'ouverture; fiche d'inscription à remplir.",
          "Drop by during opening hours; fill out a registration form.",
        ),
        hours: "evening",
        languages: FR,
      },
      {
        names: [b("Aide aux devoirs", "Homework help"), b("Période d'étude encadrée", "Supervised study time")],
        descriptions: [
          b(
            "Après l'école, des animateurs et des bénévoles aident les jeunes à faire leurs devoirs et à préparer leurs examens, avec collation.",
            "After school, youth workers and volunteers help teens with homework and exam preparation, with a snack.",
          ),
          b(
            "Période d'étude calme deux fins d'après-midi par semaine, avec ordinateurs et tuteurs bénévoles en mathématiques et en français.",
            "A quiet study period two late afternoons a week, with computers and volunteer tutors in math and French.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.HOMEWORK"],
        ageMin: 12,
        ageMax: 17,
        free: true,
        applicationProcess: b("Se présenter après l'école; aucune inscription.", "Come after school; no registration."),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Ateliers de prévention", "Prevention workshops"),
          b(
            "Discussions jeunesse : relations, consommation, écrans",
            "Youth talks: relationships, substance use, screens",
          ),
        ],
        descriptions: [
          b(
            "Ateliers animés sur les relations amoureuses, la consommation, la cyberintimidation et la santé mentale, en petits groupes et dans un climat de confiance.",
            "Facilitated workshops on dating, substance use, cyberbullying and mental health, in small groups and a climate of trust.",
          ),
          b(
            "Discussions mensuelles choisies par les jeunes, avec parfois un invité (infirmière, policier communautaire, intervenante en dépendances).",
            "Monthly discussions on topics chosen by the teens, sometimes with a guest (nurse, community police officer, addiction worker).",
          ),
        ],
        taxonomyCodes: ["YOUTH.MDJ"],
        ageMin: 12,
        ageMax: 17,
        free: true,
        applicationProcess: b(
          "Ouvert à tous les jeunes présents; consulter le calendrier affiché.",
          "Open to all teens present; check the posted calendar.",
        ),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Projets de bénévolat jeunesse", "Youth volunteer projects"),
          b("Comité des jeunes et implication citoyenne", "Youth committee and civic engagement"),
        ],
        descriptions: [
          b(
            "Les jeunes organisent des projets pour leur communauté : collecte pour la banque alimentaire, aide aux aînés, corvée de nettoyage, levée de fonds pour un voyage de groupe.",
            "Teens organize projects for their community: food bank drives, helping seniors, clean-up days, fundraising for a group trip.",
          ),
          b(
            "Comité des jeunes qui participe aux décisions de la maison et représente les ados auprès de la municipalité.",
            "A youth committee that takes part in the centre's decisions and represents teens with the municipality.",
          ),
        ],
        taxonomyCodes: ["VOLUNTEER.YOUTH"],
        ageMin: 12,
        ageMax: 17,
        free: true,
        applicationProcess: b("En parler aux animateurs.", "Talk to the youth workers."),
        hours: "weekend",
        languages: FR,
      },
    ],
  },
  {
    key: "street-work",
    weight: 0.6,
    names: [
      b("Travail de rue {area}", "{area} Street Outreach"),
      b("L'Ancre – travail de milieu de {city}", "L'Ancre – {city} Outreach Work"),
      b("Projet Intervention Rue {area}", "{area} Street Intervention Project"),
    ],
    descriptions: [
      b(
        "Organisme de travail de rue dont les intervenants vont à la rencontre des jeunes et des adultes là où ils sont : parcs, arénas, partys, réseaux sociaux. Ils offrent écoute, information et accompagnement, sans jugement.",
        "A street outreach organization whose workers meet young people and adults where they are: parks, arenas, parties, social media. They offer listening, information and accompaniment without judgment.",
      ),
      b(
        "Ressource de proximité qui rejoint les personnes plus difficiles à joindre par les services habituels. L'organisme offre aussi une ligne texto jeunesse et un groupe pour les jeunes LGBTQ+.",
        "An outreach resource reaching people who are hard to reach through regular services. The organization also offers a youth text line and a group for LGBTQ+ youth.",
      ),
    ],
    taxonomyCodes: ["YOUTH.STREET", "HOMELESS.OUTREACH", "YOUTH.LINE", "YOUTH.LGBTQ"],
    services: [
      {
        names: [b("Travail de rue", "Street outreach"), b("Intervention de proximité", "Outreach intervention")],
        descriptions: [
          b(
            "Les travailleurs de rue sillonnent le territoire le jour et le soir pour créer des liens, répondre aux besoins de base (collations, condoms, matériel stérile) et accompagner vers les services.",
            "Street workers travel around the area day and evening to build relationships, meet basic needs (snacks, condoms, sterile supplies) and accompany people to services.",
          ),
          b(
            "Accompagnement personnalisé des jeunes et des adultes en difficulté : rendez-vous médicaux, cour, recherche de logement, retour aux études.",
            "Personalized support for struggling youth and adults: medical appointments, court, housing search, returning to school.",
          ),
        ],
        taxonomyCodes: ["YOUTH.STREET", "HOMELESS.OUTREACH"],
        free: true,
        applicationProcess: b(
          "Contacter un travailleur de rue par téléphone, texto ou Messenger, ou l'aborder dans la rue.",
          "Contact a street worker by phone, text or Messenger, or approach them on the street.",
        ),
        hours: "evening",
        languages: FR_EN,
      },
      {
        names: [b("Ligne texto jeunesse", "Youth text line"), b("Clavardage pour les jeunes", "Youth chat line")],
        descriptions: [
          b(
            "Les jeunes de 12 à 25 ans peuvent écrire par texto ou clavardage à un intervenant, le soir, pour parler de ce qui les préoccupe : amis, famille, amour, consommation, idées noires.",
            "Young people aged 12 to 25 can text or chat with a worker in the evening about what's on their mind: friends, family, love, substance use, dark thoughts.",
          ),
          b(
            "Écoute confidentielle par écrit pour les jeunes qui n'osent pas téléphoner, avec orientation vers les bonnes ressources.",
            "Confidential written support for young people who don't dare call, with referral to the right resources.",
          ),
        ],
        taxonomyCodes: ["YOUTH.LINE"],
        ageMin: 12,
        ageMax: 25,
        free: true,
        applicationProcess: b(
          "Texter ou ouvrir le clavardage pendant les heures d'écoute.",
          "Text or open the chat during listening hours.",
        ),
        hours: "evening",
        languages: FR_EN,
      },
      {
        names: [
          b("Groupe jeunesse LGBTQ+", "LGBTQ+ youth group"),
          b("Espace jeunesse de la diversité sexuelle et de genre", "Youth space for sexual and gender diversity"),
        ],
        descriptions: [
          b(
            "Rencontres aux deux semaines pour les jeunes LGBTQ+ et en questionnement de 14 à 25 ans, dans un espace sécuritaire et bienveillant, animées par une intervenante.",
            "Biweekly meetings for LGBTQ+ and questioning youth aged 14 to 25, in a safe and caring space, led by a worker.",
          ),
          b(
            "Soutien individuel pour les jeunes qui vivent de l'intimidation, un dévoilement difficile ou une transition, et information pour leurs parents.",
            "One-on-one support for young people facing bullying, a difficult coming out or a transition, and information for their parents.",
          ),
        ],
        taxonomyCodes: ["YOUTH.LGBTQ"],
        ageMin: 14,
        ageMax: 25,
        free: true,
        applicationProcess: b(
          "Écrire à l'intervenante pour connaître le lieu de rencontre, communiqué de façon confidentielle.",
          "Write to the worker to learn the meeting location, shared confidentially.",
        ),
        hours: "evening",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "mentoring",
    weight: 0.4,
    names: [
      b("Tandem jeunesse {area}", "Tandem jeunesse – {area} Mentoring"),
      b("Les Grands Complices de {city}", "Les Grands Complices – {city} Mentoring"),
    ],
    descriptions: [
      b(
        "Organisme de mentorat qui jumelle des enfants et des adolescents avec un adulte bénévole significatif. Les jumelages durent au moins un an et sont suivis par une intervenante.",
        "A mentoring organization matching children and teens with a caring adult volunteer. Matches last at least a year and are followed by a counsellor.",
      ),
      b(
        "Programme de mentorat qui favorise la confiance en soi et la persévérance scolaire des jeunes de 6 à 17 ans, en milieu communautaire et à l'école.",
        "A mentoring program that builds self-confidence and school perseverance in young people aged 6 to 17, in the community and at school.",
      ),
    ],
    taxonomyCodes: ["YOUTH.MENTORING", "YOUTH.DROPOUT"],
    services: [
      {
        names: [
          b("Mentorat individuel", "One-on-one mentoring"),
          b("Jumelage jeune-adulte bénévole", "Youth and adult volunteer matching"),
        ],
        descriptions: [
          b(
            "Un bénévole rencontre son jeune quelques heures par semaine pour des activités simples (sport, cuisine, bibliothèque) qui bâtissent une relation de confiance.",
            "A volunteer meets their young person a few hours a week for simple activities (sports, cooking, library) that build a trusting relationship.",
          ),
          b(
            "Jumelage soigneusement préparé entre un enfant qui a besoin d'un modèle positif et un adulte filtré et formé.",
            "A carefully prepared match between a child who needs a positive role model and a screened, trained adult.",
          ),
        ],
        taxonomyCodes: ["YOUTH.MENTORING"],
        ageMin: 6,
        ageMax: 17,
        free: true,
        applicationProcess: b(
          "Le parent ou l'intervenant fait une demande; une évaluation familiale précède le jumelage.",
          "A parent or worker applies; a family assessment precedes the match.",
        ),
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Mentorat à l'école", "School-based mentoring"),
          b("Mentorat pour la persévérance scolaire", "Mentoring for school perseverance"),
        ],
        descriptions: [
          b(
            "Un mentor rencontre un élève une heure par semaine à l'école pour l'encourager, parler de ses projets et l'aider à garder le cap jusqu'à la fin de l'année.",
            "A mentor meets a student for one hour a week at school to encourage them, talk about their plans and help them stay on track until the end of the year.",
          ),
          b(
            "Programme offert dans les écoles secondaires partenaires pour les élèves à risque de décrochage, sur référence du personnel scolaire.",
            "A program in partner high schools for students at risk of dropping out, on referral from school staff.",
          ),
        ],
        taxonomyCodes: ["YOUTH.MENTORING", "YOUTH.DROPOUT"],
        ageMin: 10,
        ageMax: 17,
        free: true,
        applicationProcess: b(
          "Référence par l'école; les parents sont consultés.",
          "Referral by the school; parents are consulted.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
];

// ─── Personnes handicapées et transport ──────────────────────────────────────
const DISABILITY_KINDS: OrgKindSeed[] = [
  {
    key: "disability-association",
    weight: 0.8,
    names: [
      b("Association des personnes handicapées {area}", "{area} Association for People with Disabilities"),
      b(
        "Le Tremplin – déficience intellectuelle et autisme {area}",
        "Le Tremplin – {area} Intellectual Disability and Autism",
      ),
      b("Regroupement Inclusion {area}", "{area} Inclusion Network"),
    ],
    descriptions: [
      b(
        "Association qui regroupe des personnes vivant avec une déficience intellectuelle, un trouble du spectre de l'autisme ou une déficience physique, et leurs familles. Elle offre loisirs adaptés, répit et défense des droits.",
        "An association of people living with an intellectual disability, autism or a physical disability, and their families. It offers adapted recreation, respite and rights advocacy.",
      ),
      b(
        "Organisme qui favorise la participation sociale des personnes handicapées : activités de jour, camps d'été, soutien aux parents et sensibilisation de la communauté.",
        "An organization promoting the social participation of people with disabilities: day activities, summer camps, support for parents and community awareness.",
      ),
    ],
    taxonomyCodes: ["DISABILITY.INTELLECTUAL", "DISABILITY.RESPITE", "DISABILITY.LEISURE", "DISABILITY.ADVOCACY"],
    services: [
      {
        names: [
          b("Soutien aux familles (DI-TSA)", "Family support (intellectual disability and autism)"),
          b("Accompagnement des parents d'un enfant autiste", "Support for parents of an autistic child"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles, groupes de parents et information sur les services (diagnostic, intervention, école, transition vers l'âge adulte) pour les familles d'une personne ayant une DI ou un TSA.",
            "One-on-one meetings, parent groups and information on services (diagnosis, intervention, school, transition to adulthood) for families of a person with an intellectual disability or autism.",
          ),
          b(
            "Ateliers pour les parents sur la communication, la gestion des comportements et les démarches administratives, avec halte-garderie adaptée.",
            "Parent workshops on communication, behaviour management and paperwork, with adapted childcare.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.INTELLECTUAL"],
        free: true,
        applicationProcess: b(
          "Téléphoner pour une rencontre d'accueil; aucun diagnostic formel n'est exigé.",
          "Call for an intake meeting; no formal diagnosis required.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Camp de jour et répit adaptés", "Adapted day camp and respite"),
          b("Fins de semaine de répit", "Respite weekends"),
        ],
        descriptions: [
          b(
            "Camp de jour estival avec accompagnateurs formés pour les jeunes et les adultes handicapés, et fins de semaine de répit en hébergement pendant l'année.",
            "A summer day camp with trained companions for young people and adults with disabilities, and respite weekends with overnight stays during the year.",
          ),
          b(
            "Répit pour les familles : la personne handicapée participe à des activités encadrées pendant que les parents se reposent.",
            "Respite for families: the person with a disability takes part in supervised activities while the parents rest.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.RESPITE"],
        ageMin: 5,
        free: false,
        fees: b(
          "Tarif modulé; aide financière possible selon le revenu familial.",
          "Sliding-scale fee; financial help available based on family income.",
        ),
        applicationProcess: b(
          "Inscription en mars pour l'été; demandes de répit en tout temps.",
          "Register in March for summer; respite requests at any time.",
        ),
        hours: "weekend",
        languages: FR,
      },
      {
        names: [
          b("Loisirs adaptés", "Adapted recreation"),
          b("Activités de jour et sorties adaptées", "Adapted day activities and outings"),
        ],
        descriptions: [
          b(
            "Quilles, natation, danse, théâtre et sorties culturelles adaptés aux capacités de chacun, pour adultes et adolescents handicapés.",
            "Bowling, swimming, dance, theatre and cultural outings adapted to everyone's abilities, for adults and teens with disabilities.",
          ),
          b(
            "Programmation de loisirs accessibles en soirée et la fin de semaine, avec transport adapté coordonné au besoin.",
            "Accessible recreation in the evenings and on weekends, with paratransit coordinated when needed.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.LEISURE"],
        ageMin: 12,
        free: false,
        fees: b(
          "Cotisation annuelle de 20 $; activités de 0 $ à 15 $.",
          "$20 yearly membership; activities $0 to $15.",
        ),
        applicationProcess: b(
          "Devenir membre et s'inscrire aux activités de la session.",
          "Become a member and register for the session's activities.",
        ),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Défense des droits des personnes handicapées", "Disability rights advocacy"),
          b("Accompagnement dans les démarches", "Help with procedures"),
        ],
        descriptions: [
          b(
            "Information et accompagnement pour faire valoir ses droits : accès aux services, intégration scolaire, accessibilité des lieux publics, programmes de soutien financier.",
            "Information and support to assert one's rights: access to services, school inclusion, accessibility of public places, financial support programs.",
          ),
          b(
            "Représentation collective auprès des municipalités et des institutions pour améliorer l'accessibilité universelle.",
            "Collective advocacy with municipalities and institutions to improve universal accessibility.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.ADVOCACY"],
        free: true,
        applicationProcess: b(
          "Téléphoner ou écrire pour exposer la situation.",
          "Call or write to explain the situation.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "reduced-mobility",
    weight: 0.4,
    names: [
      b("Association des personnes à mobilité réduite {area}", "{area} Association for People with Reduced Mobility"),
      b("Accès-Cité {area}", "Accès-Cité – {area} Accessibility Centre"),
    ],
    descriptions: [
      b(
        "Association qui défend les intérêts des personnes ayant une déficience motrice ou à mobilité réduite, y compris les personnes en fauteuil roulant. Elle offre information, prêt d'équipement et accompagnement aux loisirs.",
        "An association representing people with a motor impairment or reduced mobility, including wheelchair users. It offers information, equipment loans and support for recreation.",
      ),
      b(
        "Organisme qui travaille à rendre la région plus accessible : évaluation de l'accessibilité des commerces, information sur les programmes et entraide entre membres.",
        "An organization working to make the region more accessible: accessibility assessments of businesses, information on programs and peer support among members.",
      ),
    ],
    taxonomyCodes: ["DISABILITY.PHYSICAL", "DISABILITY.EQUIPMENT", "DISABILITY.LEISURE"],
    services: [
      {
        names: [
          b(
            "Information et soutien pour personnes à mobilité réduite",
            "Information and support for people with reduced mobility",
          ),
          b("Aide pour les programmes d'adaptation", "Help with adaptation programs"),
        ],
        descriptions: [
          b(
            "Information sur l'adaptation du domicile et du véhicule, la vignette de stationnement, les aides techniques et les programmes de soutien, avec aide pour remplir les formulaires.",
            "Information on home and vehicle adaptation, the parking permit for people with disabilities, assistive devices and support programs, with help filling out forms.",
          ),
          b(
            "Soutien par les pairs pour les personnes nouvellement en fauteuil roulant ou à mobilité réduite après un accident ou une maladie.",
            "Peer support for people who have recently started using a wheelchair or have reduced mobility after an accident or illness.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.PHYSICAL"],
        free: true,
        applicationProcess: b(
          "Téléphoner ou passer au local, accessible en fauteuil roulant.",
          "Call or visit the office, which is wheelchair accessible.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Prêt de fauteuils roulants et aides à la mobilité", "Wheelchair and mobility aid loans"),
          b("Banque d'aides techniques", "Assistive device bank"),
        ],
        descriptions: [
          b(
            "Prêt à court terme de fauteuils roulants, marchettes, cannes, béquilles et rampes portatives, en attendant l'équipement définitif ou pour un séjour temporaire.",
            "Short-term loans of wheelchairs, walkers, canes, crutches and portable ramps, while waiting for permanent equipment or for a temporary stay.",
          ),
          b(
            "Banque d'équipement usagé réparé par des bénévoles, prêté gratuitement aux membres.",
            "A bank of used equipment repaired by volunteers, lent free of charge to members.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.EQUIPMENT"],
        free: true,
        applicationProcess: b(
          "Téléphoner pour réserver; cueillette au local ou livraison selon les disponibilités.",
          "Call to reserve; pick up at the office or delivery depending on availability.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Accompagnement aux loisirs", "Recreation companion support"),
          b("Sorties accessibles en groupe", "Accessible group outings"),
        ],
        descriptions: [
          b(
            "Sorties de groupe dans des lieux accessibles (musées, parcs, cabanes à sucre) et information sur la carte d'accompagnement qui donne l'entrée gratuite à l'accompagnateur.",
            "Group outings to accessible places (museums, parks, sugar shacks) and information on the companion card that gives free entry to a companion.",
          ),
          b(
            "Jumelage avec un accompagnateur bénévole pour pratiquer une activité de loisir malgré une limitation physique.",
            "Matching with a volunteer companion to enjoy a recreational activity despite a physical limitation.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.LEISURE", "DISABILITY.PHYSICAL"],
        free: false,
        fees: b(
          "Frais d'entrée des sorties; l'accompagnateur est gratuit.",
          "Outing admission fees; companions are free.",
        ),
        applicationProcess: b("S'inscrire aux sorties par téléphone.", "Register for outings by phone."),
        hours: "weekend",
        languages: FR,
      },
    ],
  },
  {
    key: "sensory-impairment",
    weight: 0.3,
    names: [
      b(
        "Service aux personnes sourdes et malentendantes {area}",
        "{area} Services for Deaf and Hard of Hearing People",
      ),
      b("Regard et Voix – déficience visuelle {area}", "Regard et Voix – {area} Vision Loss Services"),
    ],
    descriptions: [
      b(
        "Organisme qui accompagne les personnes ayant une déficience auditive ou visuelle dans leur vie quotidienne. Il offre de l'interprétation, de l'information adaptée et des activités sociales.",
        "An organization supporting people with hearing or vision loss in daily life. It offers interpreting, adapted information and social activities.",
      ),
      b(
        "Ressource régionale qui favorise l'autonomie des personnes sourdes, malentendantes, aveugles ou malvoyantes, en collaboration avec les centres de réadaptation.",
        "A regional resource that fosters the independence of people who are Deaf, hard of hearing, blind or partially sighted, in partnership with rehabilitation centres.",
      ),
    ],
    taxonomyCodes: ["DISABILITY.SENSORY"],
    services: [
      {
        names: [
          b("Interprétation en langue des signes québécoise", "Québec Sign Language (LSQ) interpreting"),
          b("Service d'interprétation visuelle", "Visual interpreting service"),
        ],
        descriptions: [
          b(
            "Interprètes en LSQ et en français signé pour les rendez-vous médicaux, juridiques, scolaires ou sociaux des personnes sourdes.",
            "LSQ and signed French interpreters for Deaf people's medical, legal, school or social appointments.",
          ),
          b(
            "Réservation d'interprètes gratuite pour les services publics, avec des délais plus courts pour les urgences médicales.",
            "Free interpreter booking for public services, with shorter lead times for medical emergencies.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.SENSORY"],
        free: true,
        applicationProcess: b(
          "Réserver par texto, courriel ou vidéo au moins 48 heures à l'avance.",
          "Book by text, email or video at least 48 hours in advance.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Soutien aux personnes aveugles ou malvoyantes", "Support for blind and partially sighted people"),
          b("Ateliers d'adaptation à la basse vision", "Low-vision adaptation workshops"),
        ],
        descriptions: [
          b(
            "Ateliers sur les outils d'accessibilité (loupes, lecteurs d'écran, applications), groupe d'entraide et aide pour lire le courrier et remplir des formulaires.",
            "Workshops on accessibility tools (magnifiers, screen readers, apps), a peer support group and help reading mail and filling out forms.",
          ),
          b(
            "Accompagnement des personnes qui perdent la vue en vieillissant, avec information sur les services de réadaptation.",
            "Support for people losing their sight as they age, with information on rehabilitation services.",
          ),
        ],
        taxonomyCodes: ["DISABILITY.SENSORY"],
        free: true,
        applicationProcess: b("Téléphoner pour une rencontre d'accueil.", "Call for an intake meeting."),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "adapted-transport",
    weight: 0.7,
    names: [
      b("Transport adapté et collectif {area}", "{area} Adapted and Community Transit"),
      b("Corporation de transport régional de {city}", "{city} Regional Transit Corporation"),
      b("Le Trajet – mobilité {area}", "Le Trajet – {area} Mobility Services"),
    ],
    descriptions: [
      b(
        "Service de transport adapté de porte à porte pour les personnes admissibles ayant une limitation, et de transport collectif pour la population des municipalités rurales. Les véhicules sont accessibles aux fauteuils roulants.",
        "Door-to-door paratransit for eligible people with a disability, and community transit for residents of rural municipalities. Vehicles are wheelchair accessible.",
      ),
      b(
        "Organisme de mobilité régionale qui exploite le transport adapté, des circuits de transport collectif et un programme de tarifs réduits. Il relie les villages aux services de la ville-centre.",
        "A regional mobility organization running paratransit, community transit routes and a reduced-fare program. It connects villages to services in the main town.",
      ),
    ],
    taxonomyCodes: ["TRANSPORT.ADAPTED", "TRANSPORT.COLLECTIVE", "TRANSPORT.FARES"],
    services: [
      {
        names: [
          b("Transport adapté", "Paratransit"),
          b(
            "Transport de porte à porte pour personnes handicapées",
            "Door-to-door transportation for people with disabilities",
          ),
        ],
        descriptions: [
          b(
            "Minibus adaptés et taxis accessibles pour les déplacements de personnes admissibles : travail, études, rendez-vous, loisirs. Les réservations se font la veille.",
            "Accessible minibuses and taxis for eligible people's trips: work, school, appointments, recreation. Bookings are made the day before.",
          ),
          b(
            "Service de transport adapté pour les personnes dont la limitation empêche d'utiliser le transport régulier, y compris les personnes en fauteuil roulant motorisé.",
            "Paratransit for people whose disability prevents them from using regular transit, including power wheelchair users.",
          ),
        ],
        taxonomyCodes: ["TRANSPORT.ADAPTED"],
        eligibility: b(
          "Personnes admises au transport adapté après une demande remplie avec un professionnel de la santé.",
          "People admitted to paratransit after an application completed with a health professional.",
        ),
        free: false,
        fees: b(
          "Tarif équivalent au transport collectif, environ 3,50 $ à 5 $ le passage.",
          "Same fare as public transit, about $3.50 to $5 per trip.",
        ),
        applicationProcess: b(
          "Remplir le formulaire d'admission avec un professionnel de la santé; réponse en quelques semaines.",
          "Fill out the admission form with a health professional; answer within a few weeks.",
        ),
        hours: "split",
        languages: FR,
      },
      {
        names: [
          b("Transport collectif rural", "Rural community transit"),
          b("Places libres à bord du transport adapté", "Empty seats on paratransit vehicles"),
        ],
        descriptions: [
          b(
            "Toute la population peut utiliser les places libres des véhicules de transport adapté et les circuits réguliers qui relient les villages à la ville-centre.",
            "Anyone can use empty seats on paratransit vehicles and the regular routes linking villages to the main town.",
          ),
          b(
            "Transport collectif sur réservation pour se rendre à l'épicerie, à la clinique, au cégep ou au travail, à faible coût.",
            "Low-cost, on-demand community transit to the grocery store, clinic, CEGEP or work.",
          ),
        ],
        taxonomyCodes: ["TRANSPORT.COLLECTIVE"],
        free: false,
        fees: b("De 3 $ à 6 $ le passage selon la distance.", "$3 to $6 per trip depending on distance."),
        applicationProcess: b(
          "S'inscrire une fois, puis réserver chaque déplacement la veille avant 15 h.",
          "Register once, then book each trip the day before by 3 p.m.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Tarifs réduits et laissez-passer", "Reduced fares and passes"),
          b("Programme d'aide aux titres de transport", "Transit pass assistance program"),
        ],
        descriptions: [
          b(
            "Laissez-passer mensuel à tarif réduit pour les personnes à faible revenu, les aînés et les étudiants.",
            "A reduced-fare monthly pass for low-income people, seniors and students.",
          ),
          b(
            "Billets de transport remis aux organismes communautaires pour les personnes qui doivent se rendre à des rendez-vous essentiels.",
            "Transit tickets given to community organizations for people who need to get to essential appointments.",
          ),
        ],
        taxonomyCodes: ["TRANSPORT.FARES"],
        free: false,
        fees: b("Laissez-passer réduit d'environ 40 %.", "Pass discounted by about 40%."),
        applicationProcess: b(
          "Présenter une preuve de revenu ou d'âge au comptoir.",
          "Show proof of income or age at the counter.",
        ),
        requiredDocuments: [DOC_ID, DOC_INCOME],
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
];

// ─── Immigration ─────────────────────────────────────────────────────────────
const IMMIGRATION_KINDS: OrgKindSeed[] = [
  {
    key: "newcomers-centre",
    weight: 0.6,
    names: [
      b("Centre d'accueil des nouveaux arrivants {area}", "{area} Newcomer Welcome Centre"),
      b("Passerelles interculturelles de {city}", "Passerelles interculturelles – {city}"),
      b("Carrefour d'intégration Terre d'accueil {area}", "Terre d'accueil Integration Hub – {area}"),
    ],
    descriptions: [
      b(
        "Organisme qui accueille les personnes immigrantes, réfugiées et les demandeurs d'asile et les accompagne dans leur installation : démarches, francisation, emploi et vie dans la communauté. Les intervenants parlent plusieurs langues.",
        "An organization welcoming immigrants, refugees and asylum seekers and supporting them as they settle: paperwork, French classes, employment and community life. Staff speak several languages.",
      ),
      b(
        "Carrefour interculturel qui facilite l'intégration des nouveaux arrivants en région et rapproche les communautés. Jumelages interculturels, interprètes et activités familiales sont au programme.",
        "An intercultural hub that helps newcomers integrate in the region and brings communities together. Intercultural matching, interpreters and family activities are on offer.",
      ),
    ],
    taxonomyCodes: [
      "IMMIGRATION.SETTLEMENT",
      "IMMIGRATION.FRANCIZATION",
      "IMMIGRATION.REFUGEE",
      "IMMIGRATION.EMPLOYMENT",
      "IMMIGRATION.INTERPRET",
      "IMMIGRATION.REGIONAL",
    ],
    services: [
      {
        names: [
          b("Accueil et installation", "Welcome and settlement services"),
          b("Premières démarches des nouveaux arrivants", "First steps for newcomers"),
        ],
        descriptions: [
          b(
            "Aide pour les premières démarches : carte d'assurance maladie, numéro d'assurance sociale, compte bancaire, inscription des enfants à l'école, recherche de logement et séance d'information sur la vie au Québec.",
            "Help with first steps: health insurance card, social insurance number, bank account, school registration, housing search and an information session on life in Québec.",
          ),
          b(
            "Rencontres individuelles avec une intervenante qui évalue les besoins de la famille et l'oriente vers les services de la région.",
            "One-on-one meetings with a worker who assesses the family's needs and refers them to local services.",
          ),
        ],
        taxonomyCodes: ["IMMIGRATION.SETTLEMENT"],
        clientele: b(
          "Personnes immigrantes arrivées depuis moins de cinq ans",
          "Immigrants who arrived less than five years ago",
        ),
        free: true,
        applicationProcess: b(
          "Téléphoner ou se présenter; un interprète peut être prévu.",
          "Call or drop in; an interpreter can be arranged.",
        ),
        requiredDocuments: [DOC_IMMIG],
        hours: "office",
        languages: ["fr", "en", "es", "ar"],
      },
      {
        names: [
          b("Cours de francisation", "French classes for immigrants"),
          b("Francisation à temps partiel", "Part-time French classes"),
        ],
        descriptions: [
          b(
            "Cours de français pour personnes immigrantes, de débutant à avancé, de jour ou de soir, en partenariat avec Francisation Québec. Halte-garderie offerte pendant les cours de jour.",
            "French classes for immigrants, from beginner to advanced, day or evening, in partnership with Francisation Québec. Childcare available during daytime classes.",
          ),
          b(
            "Ateliers de conversation française en petits groupes pour pratiquer dans des situations de la vie courante (épicerie, école, médecin, travail).",
            "Small-group French conversation workshops to practise everyday situations (grocery store, school, doctor, work).",
          ),
        ],
        taxonomyCodes: ["IMMIGRATION.FRANCIZATION"],
        ageMin: 16,
        free: true,
        applicationProcess: b(
          "S'inscrire auprès de l'organisme, qui aide à remplir la demande d'admission en francisation.",
          "Register with the organization, which helps fill out the French-course application.",
        ),
        requiredDocuments: [DOC_IMMIG, DOC_ID],
        hours: "split",
        languages: ["fr", "en", "es", "ar"],
      },
      {
        names: [
          b("Soutien aux demandeurs d'asile et réfugiés", "Support for asylum seekers and refugees"),
          b("Accompagnement des personnes réfugiées", "Refugee support"),
        ],
        descriptions: [
          b(
            "Accompagnement des demandeurs d'asile dans leurs démarches (permis de travail, aide sociale, logement, préparation de l'audience) et des réfugiés pris en charge par l'État.",
            "Support for asylum seekers with their procedures (work permit, social assistance, housing, hearing preparation) and for government-assisted refugees.",
          ),
          b(
            "Accueil à l'arrivée, hébergement temporaire coordonné et suivi psychosocial pour les personnes qui ont fui la guerre ou la persécution.",
            "Reception on arrival, coordinated temporary housing and psychosocial follow-up for people who have fled war or persecution.",
          ),
        ],
        taxonomyCodes: ["IMMIGRATION.REFUGEE"],
        free: true,
        applicationProcess: b(
          "Se présenter avec ses documents; aucun rendez-vous requis pour une première visite.",
          "Come in with your documents; no appointment needed for a first visit.",
        ),
        requiredDocuments: [DOC_IMMIG],
        hours: "office",
        languages: ["fr", "en", "es", "ar", "fa"],
      },
      {
        names: [
          b("Intégration en emploi des personnes immigrantes", "Employment integration for immigrants"),
          b("Reconnaissance des acquis et recherche d'emploi", "Credential recognition and job search"),
        ],
        descriptions: [
          b(
            "Aide pour faire reconnaître ses diplômes et son expérience, adapter son CV au marché québécois, préparer les entrevues et obtenir un premier stage.",
            "Help getting degrees and experience recognized, adapting résumés to the Québec job market, preparing for interviews and getting a first internship.",
          ),
          b(
            "Ateliers sur la culture du travail au Québec et jumelage avec des employeurs de la région qui recrutent.",
            "Workshops on Québec workplace culture and matching with local employers who are hiring.",
          ),
        ],
        taxonomyCodes: ["IMMIGRATION.EMPLOYMENT"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous avec une conseillère en emploi.",
          "Book an appointment with an employment counsellor.",
        ),
        requiredDocuments: [DOC_IMMIG],
        hours: "appointment",
        languages: ["fr", "en", "es"],
      },
      {
        names: [
          b("Interprétariat communautaire", "Community interpreting"),
          b("Banque d'interprètes", "Interpreter bank"),
        ],
        descriptions: [
          b(
            "Interprètes formés qui accompagnent les personnes allophones à leurs rendez-vous médicaux, scolaires ou sociaux, dans une trentaine de langues.",
            "Trained interpreters accompanying people who do not speak French to medical, school or social appointments, in about thirty languages.",
          ),
          b(
            "Traduction de documents courants et interprétation par téléphone pour les organismes et les établissements publics.",
            "Translation of everyday documents and phone interpreting for organizations and public institutions.",
          ),
        ],
        taxonomyCodes: ["IMMIGRATION.INTERPRET"],
        free: false,
        fees: b(
          "Gratuit pour les personnes; tarif horaire facturé aux établissements.",
          "Free for individuals; hourly rate billed to institutions.",
        ),
        applicationProcess: b(
          "Réserver au moins trois jours à l'avance en précisant la langue.",
          "Book at least three days ahead and specify the language.",
        ),
        hours: "office",
        languages: ["fr", "en", "es", "ar", "fa", "sw"],
      },
      {
        names: [
          b("Établissement en région", "Settling in the regions"),
          b("Jumelage interculturel et intégration en région", "Intercultural matching and regional integration"),
        ],
        descriptions: [
          b(
            "Accompagnement des personnes immigrantes qui choisissent de s'établir hors de Québec : visite exploratoire, emploi, logement, école et accueil par la communauté.",
            "Support for immigrants choosing to settle outside Québec City: exploratory visit, employment, housing, school and community welcome.",
          ),
          b(
            "Jumelage de familles immigrantes avec des familles de la région pour découvrir la vie locale, pratiquer le français et se créer un réseau.",
            "Matching immigrant families with local families to discover local life, practise French and build a network.",
          ),
        ],
        taxonomyCodes: ["IMMIGRATION.REGIONAL"],
        free: true,
        applicationProcess: b(
          "Communiquer avec la conseillère en régionalisation.",
          "Contact the regional integration advisor.",
        ),
        hours: "office",
        languages: ["fr", "en", "es"],
      },
    ],
  },
];

// ─── Justice et violence ─────────────────────────────────────────────────────
const LEGAL_KINDS: OrgKindSeed[] = [
  {
    key: "legal-info-clinic",
    weight: 0.4,
    names: [
      b("Clinique d'information juridique {area}", "{area} Legal Information Clinic"),
      b("Justice pour tous {area}", "Justice pour tous – {area} Legal Clinic"),
      b("Le Point juridique de {city}", "Le Point juridique – {city} Legal Information"),
    ],
    descriptions: [
      b(
        "Clinique qui offre gratuitement de l'information juridique à la population, avec l'aide d'avocats et d'étudiants en droit supervisés. On y apprend ses droits et ses options avant de décider quoi faire.",
        "A clinic offering free legal information to the public, with lawyers and supervised law students. People learn about their rights and options before deciding what to do.",
      ),
      b(
        "Organisme d'accès à la justice qui informe sur le droit de la famille, du logement, du travail et de la consommation, et qui oriente vers l'aide juridique ou un avocat au besoin.",
        "An access-to-justice organization providing information on family, housing, employment and consumer law, and referring people to legal aid or a lawyer when needed.",
      ),
    ],
    taxonomyCodes: ["LEGAL.INFO", "LEGAL.AID", "LEGAL.CONSUMER"],
    services: [
      {
        names: [
          b("Information juridique gratuite", "Free legal information"),
          b("Consultation d'information juridique", "Legal information session"),
        ],
        descriptions: [
          b(
            "Rencontre de 30 minutes avec un juriste pour comprendre sa situation juridique (séparation, testament, dettes, travail, voisinage) et connaître les recours possibles. Ce n'est pas une représentation par avocat.",
            "A 30-minute meeting with a legal professional to understand your legal situation (separation, will, debts, work, neighbours) and the options available. This is not representation by a lawyer.",
          ),
          b(
            "Séances d'information de groupe sur les petites créances, le mandat de protection, la séparation et les droits des travailleurs.",
            "Group information sessions on small claims, protection mandates, separation and workers' rights.",
          ),
        ],
        taxonomyCodes: ["LEGAL.INFO"],
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous par téléphone ou en ligne; apporter les documents pertinents.",
          "Book by phone or online; bring relevant documents.",
        ),
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Aide pour demander l'aide juridique", "Help applying for legal aid"),
          b("Vérification de l'admissibilité à l'aide juridique", "Legal aid eligibility check"),
        ],
        descriptions: [
          b(
            "Explication des critères d'admissibilité à l'aide juridique gratuite ou avec contribution, et aide pour préparer la demande au bureau d'aide juridique.",
            "An explanation of eligibility for free or contributory legal aid, and help preparing the application to the legal aid office.",
          ),
          b(
            "Orientation vers l'aide juridique, les avocats à tarif réduit ou les services de médiation, selon la situation et le revenu.",
            "Referral to legal aid, reduced-fee lawyers or mediation services, depending on the situation and income.",
          ),
        ],
        taxonomyCodes: ["LEGAL.AID"],
        free: true,
        applicationProcess: b(
          "Passer pendant les heures d'accueil avec ses preuves de revenu.",
          "Drop in during office hours with proof of income.",
        ),
        requiredDocuments: [DOC_INCOME, DOC_ID],
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Aide en consommation et litiges", "Consumer and dispute help"),
          b("Clinique des petites créances et de la consommation", "Small claims and consumer clinic"),
        ],
        descriptions: [
          b(
            "Aide pour régler un litige avec un commerçant, un entrepreneur ou une entreprise de télécommunications : mise en demeure, plainte, petites créances.",
            "Help resolving a dispute with a merchant, contractor or telecom company: formal notice, complaint, small claims.",
          ),
          b(
            "Information sur les garanties, les contrats, la vente itinérante et les recours en cas de fraude.",
            "Information on warranties, contracts, door-to-door sales and remedies in case of fraud.",
          ),
        ],
        taxonomyCodes: ["LEGAL.CONSUMER"],
        free: true,
        applicationProcess: b(
          "Téléphoner pour exposer la situation; rendez-vous dans la semaine.",
          "Call to explain the situation; appointment within the week.",
        ),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "victims-centre",
    weight: 0.3,
    names: [
      b("Centre d'aide aux victimes d'actes criminels {area}", "{area} Crime Victims Assistance Centre"),
      b("Le Passage – aide aux victimes {area}", "Le Passage – {area} Victim Support"),
    ],
    descriptions: [
      b(
        "Centre qui aide gratuitement toute personne victime d'un acte criminel, ses proches et les témoins, que l'auteur ait été dénoncé ou non. L'aide est confidentielle.",
        "A centre providing free help to anyone who is a victim of a crime, their loved ones and witnesses, whether or not the offender has been reported. Help is confidential.",
      ),
      b(
        "Organisme d'aide aux victimes qui offre intervention post-traumatique, information sur le processus judiciaire et accompagnement à la cour.",
        "A victim assistance organization offering post-traumatic support, information on the justice process and court accompaniment.",
      ),
    ],
    taxonomyCodes: ["LEGAL.VICTIMS"],
    services: [
      {
        names: [
          b("Intervention post-traumatique", "Post-traumatic support"),
          b("Soutien psychosocial aux victimes", "Psychosocial support for victims"),
        ],
        descriptions: [
          b(
            "Rencontres avec une intervenante après un vol, une agression, du harcèlement ou un autre crime, pour comprendre ses réactions et reprendre le contrôle.",
            "Meetings with a counsellor after a theft, assault, harassment or other crime, to understand one's reactions and regain control.",
          ),
          b(
            "Aide pour remplir une demande d'indemnisation auprès du programme d'aide aux personnes victimes.",
            "Help filling out a compensation application with the victims' assistance program.",
          ),
        ],
        taxonomyCodes: ["LEGAL.VICTIMS"],
        free: true,
        applicationProcess: b(
          "Téléphoner; aucune plainte policière n'est nécessaire.",
          "Call; no police report is needed.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Accompagnement à la cour", "Court accompaniment"),
          b("Information sur le processus judiciaire", "Information on the justice process"),
        ],
        descriptions: [
          b(
            "Préparation au témoignage, visite de la salle d'audience et présence d'une intervenante pendant le procès.",
            "Preparing to testify, a tour of the courtroom and a counsellor present during the trial.",
          ),
          b(
            "Information sur les étapes du processus judiciaire et sur les droits des victimes, avec suivi du dossier.",
            "Information on the stages of the justice process and victims' rights, with case follow-up.",
          ),
        ],
        taxonomyCodes: ["LEGAL.VICTIMS"],
        free: true,
        applicationProcess: b(
          "Sur rendez-vous, idéalement quelques semaines avant la date d'audience.",
          "By appointment, ideally a few weeks before the hearing date.",
        ),
        hours: "appointment",
        languages: FR,
      },
    ],
  },
];

const VIOLENCE_KINDS: OrgKindSeed[] = [
  {
    key: "dv-shelter",
    weight: 0.4,
    names: [
      b("Maison d'hébergement L'Aquarelle {area}", "L'Aquarelle Women's Shelter – {area}"),
      b("Maison La Jonquille – violence conjugale {area}", "La Jonquille House – {area} Domestic Violence Shelter"),
      b("Le Havre des femmes {area}", "Le Havre des femmes – {area} Women's Shelter"),
    ],
    descriptions: [
      b(
        "Maison d'hébergement pour femmes victimes de violence conjugale et leurs enfants. L'adresse est confidentielle et l'équipe répond jour et nuit. Des services externes sont offerts aux femmes qui ne souhaitent pas être hébergées.",
        "A shelter for women experiencing domestic violence and their children. The address is confidential and the team answers day and night. Outreach services are offered to women who do not wish to stay at the shelter.",
      ),
      b(
        "Ressource spécialisée en violence conjugale qui offre sécurité, écoute et accompagnement aux femmes et aux enfants. L'aide est gratuite, confidentielle et respecte le rythme de chaque femme.",
        "A specialized domestic violence resource offering safety, listening and support to women and children. Help is free, confidential and respects each woman's pace.",
      ),
    ],
    taxonomyCodes: ["VIOLENCE.DOMESTIC.SHELTER", "VIOLENCE.DOMESTIC.OUTREACH", "VIOLENCE.CHILD"],
    services: [
      {
        names: [
          b("Hébergement sécuritaire pour femmes et enfants", "Safe shelter for women and children"),
          b("Maison d'hébergement d'urgence", "Emergency shelter"),
        ],
        descriptions: [
          b(
            "Hébergement gratuit et confidentiel, 24 heures sur 24, pour les femmes victimes de violence conjugale et leurs enfants, avec repas, chambre et intervention individuelle.",
            "Free, confidential, 24-hour shelter for women experiencing domestic violence and their children, with meals, a room and individual counselling.",
          ),
          b(
            "Séjour sécuritaire pour se mettre à l'abri, réfléchir et préparer la suite : plan de sécurité, démarches juridiques, recherche de logement.",
            "A safe stay to get out of danger, think and plan next steps: safety plan, legal steps, housing search.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.DOMESTIC.SHELTER"],
        clientele: b(
          "Femmes victimes de violence conjugale, avec ou sans enfants",
          "Women experiencing domestic violence, with or without children",
        ),
        free: true,
        applicationProcess: b(
          "Téléphoner en tout temps; l'équipe évalue la situation et organise l'arrivée en sécurité.",
          "Call at any time; the team assesses the situation and arranges a safe arrival.",
        ),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
      {
        names: [
          b("Ligne d'écoute en violence conjugale", "Domestic violence helpline"),
          b("Écoute et information 24/7", "24/7 listening and information"),
        ],
        descriptions: [
          b(
            "Écoute téléphonique jour et nuit pour les femmes qui vivent de la violence, leurs proches et les intervenants qui veulent de l'information.",
            "Day-and-night phone support for women experiencing violence, their loved ones and professionals seeking information.",
          ),
          b(
            "Une intervenante aide à reconnaître la violence (psychologique, économique, sexuelle, physique) et à bâtir un plan de sécurité.",
            "A counsellor helps recognize violence (psychological, economic, sexual, physical) and build a safety plan.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.DOMESTIC.OUTREACH"],
        free: true,
        applicationProcess: b(
          "Téléphoner en tout temps; l'appel est confidentiel.",
          "Call at any time; calls are confidential.",
        ),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
      {
        names: [
          b("Services externes en violence conjugale", "Domestic violence outreach services"),
          b("Suivi sans hébergement", "Support without shelter"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles et groupes de soutien pour les femmes qui vivent ou ont vécu de la violence conjugale, sans avoir à être hébergées.",
            "One-on-one meetings and support groups for women who are experiencing or have experienced domestic violence, without needing to stay at the shelter.",
          ),
          b(
            "Accompagnement à la cour, au poste de police et dans les démarches, et suivi après le départ de la maison d'hébergement.",
            "Accompaniment to court, the police station and with procedures, and follow-up after leaving the shelter.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.DOMESTIC.OUTREACH"],
        free: true,
        applicationProcess: b(
          "Téléphoner pour un premier rendez-vous dans un lieu sécuritaire.",
          "Call for a first appointment in a safe location.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Soutien aux enfants exposés à la violence", "Support for children exposed to violence"),
          b("Intervention jeunesse en violence conjugale", "Youth support in domestic violence"),
        ],
        descriptions: [
          b(
            "Une intervenante jeunesse accompagne les enfants hébergés ou suivis à l'externe pour les aider à exprimer ce qu'ils ont vécu et à retrouver un sentiment de sécurité.",
            "A youth counsellor supports children at the shelter or in outreach to help them express what they have lived through and feel safe again.",
          ),
          b(
            "Soutien à la relation mère-enfant et information sur le signalement à la protection de la jeunesse lorsque la sécurité d'un enfant est compromise.",
            "Support for the mother-child relationship and information on reporting to youth protection when a child's safety is at risk.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.CHILD"],
        ageMax: 17,
        free: true,
        applicationProcess: b(
          "Offert aux familles suivies par la maison; en parler à son intervenante.",
          "Offered to families followed by the shelter; ask your counsellor.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "men-support",
    weight: 0.3,
    names: [
      b("Hommes en mouvement {area}", "Hommes en mouvement – {area} Men's Services"),
      b("Le Cap – ressource pour hommes de {city}", "Le Cap – {city} Men's Resource"),
    ],
    descriptions: [
      b(
        "Organisme d'aide aux hommes en difficulté et aux hommes qui ont des comportements violents dans leurs relations. L'approche est responsabilisante et sans jugement.",
        "An organization helping men in difficulty and men who use violence in their relationships. The approach promotes accountability without judgment.",
      ),
      b(
        "Ressource qui accompagne les hommes lors d'une rupture, d'une crise ou d'une période de détresse, et qui offre un programme reconnu pour mettre fin à la violence conjugale.",
        "A resource supporting men through a breakup, crisis or period of distress, and offering a recognized program to end domestic violence.",
      ),
    ],
    taxonomyCodes: ["VIOLENCE.DOMESTIC.PERPETRATOR", "VIOLENCE.MEN", "FAMILY.FATHERS"],
    services: [
      {
        names: [
          b("Programme pour hommes ayant des comportements violents", "Program for men who use violence"),
          b("Groupe « Prendre sa responsabilité »", "“Taking responsibility” group"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles puis groupe de vingt semaines pour reconnaître ses comportements violents, comprendre leurs effets et apprendre d'autres façons d'agir.",
            "Individual meetings followed by a twenty-week group to recognize violent behaviour, understand its effects and learn other ways of acting.",
          ),
          b(
            "Programme offert sur une base volontaire ou sur ordonnance du tribunal, avec évaluation de la dangerosité.",
            "A program offered on a voluntary basis or by court order, with a risk assessment.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.DOMESTIC.PERPETRATOR"],
        ageMin: 18,
        free: false,
        fees: b(
          "Contribution selon le revenu, de 5 $ à 25 $ par rencontre.",
          "Contribution based on income, $5 to $25 per session.",
        ),
        applicationProcess: b("Téléphoner pour une rencontre d'évaluation.", "Call for an assessment meeting."),
        hours: "evening",
        languages: FR,
      },
      {
        names: [
          b("Aide aux hommes en difficulté", "Help for men in difficulty"),
          b("Écoute et consultation pour hommes", "Listening and counselling for men"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles pour les hommes qui traversent une séparation, une perte d'emploi, un deuil ou de la détresse, avec un intervenant qui comprend leur réalité.",
            "One-on-one meetings for men going through a separation, job loss, grief or distress, with a worker who understands their reality.",
          ),
          b(
            "Groupe d'entraide hebdomadaire pour hommes, où l'on peut parler librement de ce qu'on vit.",
            "A weekly peer support group for men, where they can talk freely about what they are going through.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.MEN"],
        ageMin: 18,
        free: true,
        applicationProcess: b(
          "Téléphoner; un premier rendez-vous est offert dans la semaine.",
          "Call; a first appointment is offered within the week.",
        ),
        hours: "appointment",
        languages: FR_EN,
      },
      {
        names: [
          b("Pères séparés : soutien et entraide", "Separated fathers: support group"),
          b("Groupe pour papas en rupture", "Group for dads going through a breakup"),
        ],
        descriptions: [
          b(
            "Rencontres pour les pères qui vivent une séparation : garder le lien avec ses enfants, gérer la colère, comprendre les démarches de garde.",
            "Meetings for fathers going through a separation: keeping the bond with their children, managing anger, understanding custody procedures.",
          ),
          b(
            "Soutien aux pères pour traverser la rupture sans que les enfants soient pris au milieu du conflit.",
            "Support for fathers to get through the breakup without children getting caught in the conflict.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.MEN", "FAMILY.FATHERS"],
        free: true,
        applicationProcess: b("Inscription par téléphone.", "Register by phone."),
        hours: "evening",
        languages: FR,
      },
    ],
  },
  {
    key: "sexual-assault-centre",
    weight: 0.3,
    names: [
      b(
        "Centre d'aide contre les agressions sexuelles L'Éclaircie {area}",
        "L'Éclaircie Sexual Assault Centre – {area}",
      ),
      b("Le Rempart – violence sexuelle {area}", "Le Rempart – {area} Sexual Violence Support"),
    ],
    descriptions: [
      b(
        "Centre d'aide et de lutte contre les agressions à caractère sexuel qui soutient les personnes victimes, récentes ou anciennes, ainsi que leurs proches. Il fait aussi de la prévention dans les écoles.",
        "A sexual assault support and prevention centre helping survivors of recent or past assault, as well as their loved ones. It also does prevention work in schools.",
      ),
      b(
        "Organisme féministe qui offre écoute, suivi individuel, groupes et accompagnement dans les démarches médicales et judiciaires. Il accompagne aussi les personnes qui veulent sortir de l'exploitation sexuelle.",
        "A feminist organization offering listening, individual follow-up, groups and accompaniment through medical and legal procedures. It also supports people who want to exit sexual exploitation.",
      ),
    ],
    taxonomyCodes: ["VIOLENCE.SEXUAL", "VIOLENCE.EXPLOITATION"],
    services: [
      {
        names: [
          b("Aide aux victimes d'agression sexuelle", "Support for sexual assault survivors"),
          b("Suivi individuel et groupes", "Individual counselling and groups"),
        ],
        descriptions: [
          b(
            "Rencontres individuelles et groupes de soutien pour les femmes et les adolescentes victimes d'agression sexuelle, peu importe quand l'agression a eu lieu.",
            "Individual meetings and support groups for women and teenage girls who have experienced sexual assault, no matter when it happened.",
          ),
          b(
            "Écoute et soutien aux proches d'une personne victime pour savoir comment l'aider.",
            "Listening and support for the loved ones of a survivor, so they know how to help.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.SEXUAL"],
        ageMin: 14,
        free: true,
        applicationProcess: b(
          "Téléphoner ou écrire; un premier rendez-vous est fixé rapidement.",
          "Call or write; a first appointment is set quickly.",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Accompagnement médical et judiciaire", "Medical and legal accompaniment"),
          b("Accompagnement après une agression récente", "Support after a recent assault"),
        ],
        descriptions: [
          b(
            "Accompagnement à l'hôpital pour l'examen médico-légal, au poste de police et à la cour, selon les choix de la personne.",
            "Accompaniment to the hospital for a forensic exam, to the police station and to court, according to the person's choices.",
          ),
          b(
            "Information sur les options après une agression : soins, trousse médico-légale, plainte ou non, et aide financière aux victimes.",
            "Information on options after an assault: care, forensic kit, whether or not to report, and financial help for victims.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.SEXUAL"],
        free: true,
        applicationProcess: b(
          "Téléphoner en tout temps; une intervenante rappelle rapidement.",
          "Call at any time; a counsellor calls back quickly.",
        ),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
      {
        names: [
          b("Sortie de l'exploitation sexuelle", "Exiting sexual exploitation"),
          b("Prévention de l'exploitation sexuelle chez les jeunes", "Preventing sexual exploitation among youth"),
        ],
        descriptions: [
          b(
            "Accompagnement confidentiel des personnes qui veulent quitter l'industrie du sexe ou une situation d'exploitation : sécurité, logement, revenu, soins.",
            "Confidential support for people who want to leave the sex industry or an exploitative situation: safety, housing, income, health care.",
          ),
          b(
            "Ateliers dans les écoles secondaires et les maisons des jeunes sur le recrutement, le leurre en ligne et le consentement.",
            "Workshops in high schools and youth centres on recruitment, online luring and consent.",
          ),
        ],
        taxonomyCodes: ["VIOLENCE.EXPLOITATION", "VIOLENCE.SEXUAL"],
        ageMin: 12,
        free: true,
        applicationProcess: b(
          "Contacter l'intervenante par téléphone ou texto; les écoles réservent les ateliers.",
          "Contact the counsellor by phone or text; schools book workshops.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
];

// ─── Biens matériels, éducation, itinérance ──────────────────────────────────
const GOODS_KINDS: OrgKindSeed[] = [
  {
    key: "ressourcerie",
    weight: 1,
    names: [
      b("Ressourcerie {area}", "{area} Reuse Centre"),
      b("Le Grenier solidaire de {city}", "Le Grenier solidaire – {city} Thrift and Furniture Store"),
      b("Meubles et Cie – économie sociale {area}", "Meubles et Cie – {area} Social Enterprise Furniture Store"),
    ],
    descriptions: [
      b(
        "Ressourcerie qui récupère meubles, électroménagers, vêtements et articles de maison pour leur donner une deuxième vie. Les objets sont revendus à bas prix ou remis aux familles dans le besoin, ce qui crée des emplois locaux.",
        "A reuse centre that collects furniture, appliances, clothing and household items to give them a second life. Items are resold at low prices or given to families in need, creating local jobs.",
      ),
      b(
        "Magasin d'économie sociale qui accepte les dons de meubles et d'objets en bon état et offre la cueillette à domicile. Les ménages à faible revenu référés par un organisme peuvent obtenir des meubles gratuitement.",
        "A social economy store that accepts donations of furniture and items in good condition and offers home pick-up. Low-income households referred by an organization can get furniture for free.",
      ),
    ],
    taxonomyCodes: ["GOODS.FURNITURE.GET", "GOODS.FURNITURE.DONATE", "GOODS.APPLIANCES", "GOODS.CLOTHING.DONATE"],
    services: [
      {
        names: [
          b("Meubles usagés à bas prix", "Low-cost used furniture"),
          b("Meubles gratuits pour ménages référés", "Free furniture for referred households"),
        ],
        descriptions: [
          b(
            "Lits, matelas neufs à prix réduit, tables, chaises, commodes et sofas usagés en bon état, vendus à bas prix. Livraison possible moyennant un petit montant.",
            "Beds, discounted new mattresses, tables, chairs, dressers and used sofas in good condition, sold at low prices. Delivery available for a small fee.",
          ),
          b(
            "Les personnes qui s'installent après un séjour en refuge, un incendie ou une séparation peuvent obtenir des meubles de base gratuitement sur référence d'un intervenant.",
            "People settling in after a shelter stay, a fire or a separation can get basic furniture free of charge on referral from a worker.",
          ),
        ],
        taxonomyCodes: ["GOODS.FURNITURE.GET"],
        free: false,
        fees: b("Prix modiques; gratuit sur référence.", "Low prices; free on referral."),
        applicationProcess: b(
          "Visiter le magasin pendant les heures d'ouverture; les intervenants remplissent un bon de référence.",
          "Visit the store during opening hours; workers fill out a referral slip.",
        ),
        hours: "split",
        languages: FR_EN,
      },
      {
        names: [
          b("Dons de meubles et cueillette à domicile", "Furniture donations and home pick-up"),
          b("Où donner ses vieux meubles", "Where to donate old furniture"),
        ],
        descriptions: [
          b(
            "Vous voulez donner de vieux meubles, des électroménagers ou des articles de maison? L'organisme accepte les meubles propres et en bon état au comptoir de dons ou les ramasse gratuitement à domicile.",
            "Want to donate old furniture, appliances or household items? The organization accepts clean furniture in good condition at the donation counter or picks it up at your home for free.",
          ),
          b(
            "Service de cueillette de dons de meubles sur rendez-vous, partout sur le territoire. Les meubles brisés, les matelas usagés et les articles tachés ne sont pas acceptés.",
            "Furniture donation pick-up by appointment anywhere in the area. Broken furniture, used mattresses and stained items are not accepted.",
          ),
        ],
        taxonomyCodes: ["GOODS.FURNITURE.DONATE"],
        free: true,
        applicationProcess: b(
          "Déposer les dons aux heures d'ouverture, ou téléphoner pour fixer une cueillette (délai d'environ une semaine).",
          "Drop off donations during opening hours, or call to schedule a pick-up (about a week's wait).",
        ),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Électroménagers reconditionnés", "Refurbished appliances"),
          b("Réfrigérateurs, cuisinières et laveuses garantis", "Guaranteed fridges, stoves and washers"),
        ],
        descriptions: [
          b(
            "Électroménagers usagés vérifiés et réparés par l'équipe technique, vendus avec une garantie de six mois : réfrigérateurs, cuisinières, laveuses, sécheuses.",
            "Used appliances checked and repaired by the technical team, sold with a six-month warranty: fridges, stoves, washers, dryers.",
          ),
          b(
            "Électroménagers à bas prix pour les ménages à faible revenu, avec livraison et récupération de l'ancien appareil.",
            "Low-cost appliances for low-income households, with delivery and removal of the old appliance.",
          ),
        ],
        taxonomyCodes: ["GOODS.APPLIANCES"],
        free: false,
        fees: b(
          "De 75 $ à 300 $ selon l'appareil; livraison en sus.",
          "$75 to $300 depending on the appliance; delivery extra.",
        ),
        applicationProcess: b(
          "Passer au magasin ou téléphoner pour connaître l'inventaire.",
          "Visit the store or call to check inventory.",
        ),
        hours: "split",
        languages: FR,
      },
      {
        names: [
          b("Dépôt de dons d'articles et de vêtements", "Donation drop-off for items and clothing"),
          b("Comptoir de dons", "Donation counter"),
        ],
        descriptions: [
          b(
            "Comptoir de dons où l'on peut laisser vêtements, vaisselle, jouets, livres et petits appareils. Tout ce qui ne peut être revendu est recyclé de façon responsable.",
            "A donation counter for clothing, dishes, toys, books and small appliances. Anything that cannot be resold is recycled responsibly.",
          ),
          b(
            "Point de dépôt accessible en voiture, avec aide au déchargement; un reçu est remis sur demande.",
            "A drive-up drop-off point with help unloading; a receipt is available on request.",
          ),
        ],
        taxonomyCodes: ["GOODS.CLOTHING.DONATE"],
        free: true,
        applicationProcess: b(
          "Se présenter au comptoir de dons pendant les heures d'ouverture.",
          "Come to the donation counter during opening hours.",
        ),
        hours: "weekend",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "clothing-bank",
    weight: 1.5,
    names: [
      b("Comptoir vestimentaire de {city}", "{city} Clothing Bank"),
      b("La Friperie solidaire {area}", "La Friperie solidaire – {area} Thrift Store"),
      b("Le Vestiaire du cœur de {city}", "Le Vestiaire du cœur – {city} Clothing Bank"),
    ],
    descriptions: [
      b(
        "Comptoir vestimentaire qui offre des vêtements usagés de qualité à très bas prix pour toute la famille, et gratuitement aux personnes dans le besoin. Les dons de la population sont triés par des bénévoles.",
        "A clothing bank offering quality used clothing at very low prices for the whole family, and free of charge to people in need. Donations from the public are sorted by volunteers.",
      ),
      b(
        "Friperie communautaire où l'on peut s'habiller à petit prix et donner ses vêtements en bon état. Les profits financent les services d'aide de l'organisme.",
        "A community thrift store where people can dress affordably and donate clothing in good condition. Proceeds fund the organization's support services.",
      ),
    ],
    taxonomyCodes: ["GOODS.CLOTHING.GET", "GOODS.CLOTHING.DONATE", "GOODS.HYGIENE"],
    services: [
      {
        names: [
          b("Vêtements à bas prix pour toute la famille", "Low-cost clothing for the whole family"),
          b("Friperie communautaire", "Community thrift store"),
        ],
        descriptions: [
          b(
            "Vêtements, bottes, manteaux et accessoires usagés pour enfants et adultes, à partir de 1 $. Bons d'achat gratuits pour les personnes référées par un organisme.",
            "Used clothing, boots, coats and accessories for children and adults, from $1. Free vouchers for people referred by an organization.",
          ),
          b(
            "Comptoir vestimentaire ouvert à tous, avec une section de vêtements de travail et d'entrevue.",
            "A clothing bank open to all, with a section of work and interview clothes.",
          ),
        ],
        taxonomyCodes: ["GOODS.CLOTHING.GET"],
        free: false,
        fees: b("De 1 $ à 10 $ l'article; gratuit sur référence.", "$1 to $10 per item; free on referral."),
        applicationProcess: b("Se présenter pendant les heures d'ouverture.", "Drop in during opening hours."),
        hours: "split",
        languages: FR_EN,
      },
      {
        names: [
          b("Vêtements d'hiver pour enfants", "Winter clothing for children"),
          b("Opération manteaux d'hiver", "Winter coat drive"),
        ],
        descriptions: [
          b(
            "En octobre et en novembre, distribution gratuite d'habits de neige, de bottes, de tuques et de mitaines aux enfants de familles à faible revenu.",
            "In October and November, free snowsuits, boots, hats and mittens for children from low-income families.",
          ),
          b(
            "Collecte et remise de manteaux d'hiver propres pour enfants et adultes avant les grands froids.",
            "Collection and distribution of clean winter coats for children and adults before the cold sets in.",
          ),
        ],
        taxonomyCodes: ["GOODS.CLOTHING.GET"],
        ageMax: 17,
        free: true,
        applicationProcess: b(
          "Inscription en septembre; remise sur rendez-vous.",
          "Register in September; pick-up by appointment.",
        ),
        requiredDocuments: [DOC_INCOME],
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Dons de vêtements", "Clothing donations"),
          b("Où donner ses vêtements usagés", "Where to donate used clothing"),
        ],
        descriptions: [
          b(
            "Dépôt de vêtements propres et en bon état, de literie, de rideaux et de chaussures. Les dons non vendables sont remis à un recycleur textile.",
            "Drop-off for clean clothing in good condition, bedding, curtains and shoes. Unsellable donations go to a textile recycler.",
          ),
          b(
            "Cloche de dons accessible en tout temps devant le comptoir et dépôt intérieur pendant les heures d'ouverture.",
            "A donation bin available at any time in front of the store and an indoor drop-off during opening hours.",
          ),
        ],
        taxonomyCodes: ["GOODS.CLOTHING.DONATE"],
        free: true,
        applicationProcess: b(
          "Déposer les sacs fermés au comptoir ou dans la cloche de dons.",
          "Leave closed bags at the counter or in the donation bin.",
        ),
        hours: "twentyfourseven",
        languages: FR_EN,
      },
      {
        names: [
          b("Produits d'hygiène gratuits", "Free hygiene products"),
          b("Produits menstruels et d'hygiène de dépannage", "Emergency menstrual and hygiene products"),
        ],
        descriptions: [
          b(
            "Trousses d'hygiène (savon, dentifrice, brosse à dents, déodorant) et produits menstruels remis gratuitement aux personnes qui en ont besoin.",
            "Hygiene kits (soap, toothpaste, toothbrush, deodorant) and menstrual products given free of charge to anyone who needs them.",
          ),
          b(
            "Dépannage discret en produits d'hygiène personnelle et en couches pour adultes, sans inscription.",
            "Discreet emergency supply of personal hygiene products and adult incontinence products, no registration required.",
          ),
        ],
        taxonomyCodes: ["GOODS.HYGIENE"],
        free: true,
        applicationProcess: b("Demander au comptoir.", "Ask at the counter."),
        hours: "office",
        languages: FR_EN,
      },
    ],
  },
  {
    key: "computer-reuse",
    weight: 0.3,
    names: [
      b("Ordi-Recyclage {area}", "Ordi-Recyclage – {area} Computer Reuse"),
      b("Branché solidaire {area}", "Branché solidaire – {area} Digital Inclusion"),
    ],
    descriptions: [
      b(
        "Entreprise d'économie sociale qui reconditionne des ordinateurs donnés par les entreprises et les revend à bas prix aux personnes à faible revenu, aux étudiants et aux organismes.",
        "A social economy enterprise that refurbishes computers donated by businesses and resells them at low prices to low-income people, students and organizations.",
      ),
      b(
        "Organisme d'inclusion numérique : ordinateurs reconditionnés, récupération du matériel informatique et formations de base pour apprendre à s'en servir.",
        "A digital inclusion organization: refurbished computers, collection of computer equipment and basic training on how to use it.",
      ),
    ],
    taxonomyCodes: ["GOODS.COMPUTERS", "EDUCATION.DIGITAL"],
    services: [
      {
        names: [
          b("Ordinateurs reconditionnés à faible coût", "Low-cost refurbished computers"),
          b("Portables pour étudiants et familles", "Laptops for students and families"),
        ],
        descriptions: [
          b(
            "Ordinateurs portables et de bureau reconditionnés, avec système d'exploitation et logiciels de base installés, garantis un an.",
            "Refurbished laptops and desktops with an operating system and basic software installed, with a one-year warranty.",
          ),
          b(
            "Prix réduits pour les personnes à faible revenu, les étudiants et les familles dont les enfants ont besoin d'un ordinateur pour l'école.",
            "Reduced prices for low-income people, students and families whose children need a computer for school.",
          ),
        ],
        taxonomyCodes: ["GOODS.COMPUTERS"],
        free: false,
        fees: b("De 60 $ à 200 $ selon l'appareil.", "$60 to $200 depending on the device."),
        applicationProcess: b(
          "Passer en boutique avec une preuve de revenu pour obtenir le tarif réduit.",
          "Visit the store with proof of income to get the reduced price.",
        ),
        requiredDocuments: [DOC_INCOME],
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Don d'équipement informatique", "Computer equipment donations"),
          b("Récupération d'ordinateurs usagés", "Used computer collection"),
        ],
        descriptions: [
          b(
            "Les citoyens et les entreprises peuvent donner ordinateurs, écrans, tablettes et cellulaires usagés; les données sont effacées de façon sécuritaire.",
            "Residents and businesses can donate used computers, monitors, tablets and phones; data is wiped securely.",
          ),
          b(
            "Le matériel qui ne peut être reconditionné est acheminé vers un recycleur certifié.",
            "Equipment that cannot be refurbished is sent to a certified recycler.",
          ),
        ],
        taxonomyCodes: ["GOODS.COMPUTERS"],
        free: true,
        applicationProcess: b(
          "Déposer le matériel au comptoir; cueillette possible pour les entreprises.",
          "Drop off equipment at the counter; pick-up available for businesses.",
        ),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Formation informatique de base", "Basic computer training"),
          b("Ateliers « Premiers clics »", "“First clicks” workshops"),
        ],
        descriptions: [
          b(
            "Ateliers pour apprendre à utiliser un ordinateur, naviguer sur Internet en sécurité, créer une adresse courriel et accéder aux services gouvernementaux en ligne.",
            "Workshops on using a computer, browsing the Internet safely, creating an email address and accessing online government services.",
          ),
          b(
            "Formation offerte avec l'achat d'un ordinateur reconditionné ou séparément, en petits groupes.",
            "Training offered with the purchase of a refurbished computer or separately, in small groups.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.DIGITAL"],
        free: true,
        applicationProcess: b("Inscription par téléphone.", "Register by phone."),
        hours: "evening",
        languages: FR,
      },
    ],
  },
];

const EDUCATION_KINDS: OrgKindSeed[] = [
  {
    key: "literacy-group",
    weight: 0.6,
    names: [
      b("Groupe d'alphabétisation populaire Le Mot de passe {area}", "Le Mot de passe Popular Literacy Group – {area}"),
      b("Lire et écrire {city}", "{city} Reading and Writing Centre"),
      b("L'Atelier des mots {area}", "L'Atelier des mots – {area} Literacy Centre"),
    ],
    descriptions: [
      b(
        "Groupe d'alphabétisation populaire qui accueille les adultes qui veulent apprendre ou réapprendre à lire, écrire et compter, à leur rythme et en petits groupes. L'approche part des besoins réels de chaque personne.",
        "A popular literacy group welcoming adults who want to learn or relearn to read, write and count, at their own pace and in small groups. The approach starts from each person's real needs.",
      ),
      b(
        "Organisme d'éducation populaire qui offre alphabétisation, initiation au numérique et ateliers citoyens. On y apprend dans le respect, sans examens ni notes.",
        "A popular education organization offering literacy, digital basics and civic workshops. Learning takes place respectfully, without exams or grades.",
      ),
    ],
    taxonomyCodes: ["EDUCATION.LITERACY", "EDUCATION.POPULAR", "EDUCATION.DIGITAL"],
    services: [
      {
        names: [
          b("Ateliers d'alphabétisation", "Literacy workshops"),
          b("Apprendre à lire et à écrire", "Learning to read and write"),
        ],
        descriptions: [
          b(
            "Ateliers en petits groupes, deux demi-journées par semaine, pour améliorer sa lecture, son écriture et son calcul dans des situations concrètes : lire une facture, remplir un formulaire, écrire un message.",
            "Small-group workshops, two half-days a week, to improve reading, writing and math in real situations: reading a bill, filling out a form, writing a message.",
          ),
          b(
            "Accompagnement individuel pour les adultes qui ont de grandes difficultés à lire, dans la discrétion.",
            "Discreet one-on-one support for adults with major reading difficulties.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.LITERACY"],
        ageMin: 16,
        free: true,
        applicationProcess: b(
          "Téléphoner ou passer; une rencontre d'accueil permet de connaître les besoins.",
          "Call or drop in; an intake meeting helps understand your needs.",
        ),
        hours: "split",
        languages: FR,
      },
      {
        names: [
          b("Ateliers d'éducation populaire", "Popular education workshops"),
          b("Comprendre l'actualité et ses droits", "Understanding the news and your rights"),
        ],
        descriptions: [
          b(
            "Ateliers de discussion sur des sujets qui touchent la vie des participants (logement, santé, élections, consommation), pour comprendre, débattre et agir ensemble.",
            "Discussion workshops on topics that affect participants' lives (housing, health, elections, consumer issues), to understand, debate and act together.",
          ),
          b(
            "Rencontres citoyennes pour développer son esprit critique et prendre la parole dans sa communauté.",
            "Community sessions to develop critical thinking and speak up in one's community.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.POPULAR"],
        free: true,
        applicationProcess: b("Ouvert à tous; consulter la programmation.", "Open to all; check the schedule."),
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Initiation au numérique", "Digital basics"),
          b("Ateliers cellulaire et ordinateur", "Smartphone and computer workshops"),
        ],
        descriptions: [
          b(
            "Apprendre à utiliser un cellulaire, une tablette ou un ordinateur, à sa mesure : allumer, naviguer, envoyer un courriel, prendre un rendez-vous en ligne.",
            "Learn to use a phone, tablet or computer at your own pace: turning it on, browsing, sending an email, booking an appointment online.",
          ),
          b(
            "Ateliers adaptés aux personnes peu à l'aise avec la lecture, avec beaucoup de pratique et d'entraide.",
            "Workshops adapted for people who are not comfortable reading, with lots of practice and peer help.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.DIGITAL"],
        free: true,
        applicationProcess: b(
          "Inscription par téléphone; appareils prêtés sur place.",
          "Register by phone; devices lent on site.",
        ),
        hours: "office",
        languages: FR,
      },
    ],
  },
  {
    key: "adult-education-centre",
    weight: 0.4,
    names: [
      b("Centre de formation générale des adultes {area}", "{area} Adult General Education Centre"),
      b("Centre d'éducation des adultes Le Phare de {city}", "Le Phare Adult Education Centre – {city}"),
    ],
    descriptions: [
      b(
        "Centre d'éducation des adultes qui permet de terminer son secondaire, d'obtenir les préalables à une formation professionnelle ou de se préparer aux tests d'équivalence. Les horaires sont souples.",
        "An adult education centre where people can finish high school, obtain prerequisites for vocational training or prepare for equivalency tests. Schedules are flexible.",
      ),
      b(
        "Établissement de formation générale pour les 16 ans et plus, avec enseignement individualisé, services d'orientation et aide financière pour les adultes qui retournent aux études.",
        "A general education centre for people 16 and over, with individualized teaching, guidance services and financial help for adults returning to school.",
      ),
    ],
    taxonomyCodes: ["EDUCATION.ADULT", "EDUCATION.FINANCIALAID"],
    services: [
      {
        names: [
          b(
            "Formation générale des adultes (diplôme d'études secondaires)",
            "Adult general education (high school diploma)",
          ),
          b("Terminer son secondaire", "Finishing high school"),
        ],
        descriptions: [
          b(
            "Cours de français, mathématiques, anglais et sciences de la 1re à la 5e secondaire, en enseignement individualisé, de jour ou de soir.",
            "French, math, English and science courses from Secondary 1 to 5, with individualized teaching, day or evening.",
          ),
          b(
            "Entrée en continu tout au long de l'année, avec un plan de formation établi selon les acquis de chaque élève.",
            "Continuous enrolment throughout the year, with a study plan based on each student's prior learning.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.ADULT"],
        ageMin: 16,
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous pour une entrevue d'accueil avec ses relevés de notes.",
          "Book an intake interview and bring your transcripts.",
        ),
        requiredDocuments: [DOC_ID],
        hours: "split",
        languages: FR,
      },
      {
        names: [
          b("Tests d'équivalence et préalables", "Equivalency tests and prerequisites"),
          b("Préparation aux tests de développement général", "General development test preparation"),
        ],
        descriptions: [
          b(
            "Préparation et passation des tests d'équivalence de niveau secondaire et des tests de développement général donnant accès à la formation professionnelle.",
            "Preparation for and administration of high school equivalency tests and general development tests giving access to vocational training.",
          ),
          b(
            "Aide pour déterminer les préalables manquants à un programme d'études et pour les obtenir le plus rapidement possible.",
            "Help identifying missing prerequisites for a program and obtaining them as quickly as possible.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.ADULT"],
        ageMin: 18,
        free: false,
        fees: b("Frais d'environ 30 $ à 60 $ pour certains tests.", "Fees of about $30 to $60 for some tests."),
        applicationProcess: b(
          "Rencontre avec une conseillère d'orientation pour planifier les tests.",
          "Meet with a guidance counsellor to plan the tests.",
        ),
        hours: "appointment",
        languages: FR,
      },
      {
        names: [
          b("Information sur l'aide financière aux études", "Student financial aid information"),
          b("Prêts et bourses pour adultes", "Loans and bursaries for adults"),
        ],
        descriptions: [
          b(
            "Aide pour comprendre et demander le programme de prêts et bourses, les mesures de soutien du revenu pendant la formation et les frais de garde admissibles.",
            "Help understanding and applying for the student loans and bursaries program, income support during training and eligible childcare costs.",
          ),
          b(
            "Rencontre avec un responsable de l'aide financière pour planifier un retour aux études sans s'endetter inutilement.",
            "A meeting with a financial aid officer to plan a return to school without unnecessary debt.",
          ),
        ],
        taxonomyCodes: ["EDUCATION.FINANCIALAID"],
        free: true,
        applicationProcess: b(
          "Prendre rendez-vous au secrétariat du centre.",
          "Book an appointment at the centre's office.",
        ),
        requiredDocuments: [DOC_NOA],
        hours: "office",
        languages: FR,
      },
    ],
  },
];

const HOMELESS_KINDS: OrgKindSeed[] = [
  {
    key: "homeless-day-centre",
    weight: 0.4,
    names: [
      b("Le Pignon de jour {area}", "Le Pignon de jour – {area} Day Centre"),
      b("Centre de jour La Halte de {city}", "La Halte Day Centre – {city}"),
      b("L'Accueil du Faubourg {area}", "L'Accueil du Faubourg – {area} Drop-In"),
    ],
    descriptions: [
      b(
        "Centre de jour pour les personnes en situation d'itinérance ou très désaffiliées. On y trouve café, repas, douches, buanderie et casiers, et des intervenants qui aident à trouver un logement et des soins.",
        "A day centre for people experiencing homelessness or deep social isolation. It offers coffee, meals, showers, laundry and lockers, and workers who help find housing and care.",
      ),
      b(
        "Lieu d'accueil inconditionnel ouvert tous les jours, où chacun peut se reposer au chaud, recevoir son courrier et parler à quelqu'un. L'organisme fait aussi du travail de proximité dans les parcs et sous les ponts.",
        "An unconditional drop-in open every day, where people can rest in the warmth, receive their mail and talk to someone. The organization also does outreach in parks and under bridges.",
      ),
    ],
    taxonomyCodes: ["HOMELESS.DAYCENTRE", "HOMELESS.HYGIENE", "HOMELESS.MAIL", "HOMELESS.OUTREACH"],
    services: [
      {
        names: [b("Accueil de jour", "Day drop-in"), b("Halte de jour au chaud", "Warm daytime drop-in")],
        descriptions: [
          b(
            "Espace d'accueil ouvert le jour avec café, collations, téléphone, ordinateur et intervenants disponibles. Aucune condition d'accès, sinon le respect des autres.",
            "A daytime drop-in with coffee, snacks, a phone, a computer and available workers. No conditions apart from respecting others.",
          ),
          b(
            "Un endroit pour se poser, se réchauffer l'hiver et se rafraîchir l'été, avec un dîner chaud servi en semaine.",
            "A place to rest, warm up in winter and cool down in summer, with a hot lunch served on weekdays.",
          ),
        ],
        taxonomyCodes: ["HOMELESS.DAYCENTRE"],
        ageMin: 18,
        free: true,
        applicationProcess: b("Entrer librement pendant les heures d'ouverture.", "Walk in during opening hours."),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Douches, buanderie et casiers", "Showers, laundry and lockers"),
          b("Services d'hygiène", "Hygiene services"),
        ],
        descriptions: [
          b(
            "Douches avec serviettes et produits d'hygiène, laveuse et sécheuse, et casiers pour ranger ses effets personnels en sécurité.",
            "Showers with towels and hygiene products, a washer and dryer, and lockers to store belongings safely.",
          ),
          b(
            "Plages de douche à réserver le matin; vêtements de rechange disponibles au besoin.",
            "Shower slots to book in the morning; a change of clothes available if needed.",
          ),
        ],
        taxonomyCodes: ["HOMELESS.HYGIENE"],
        free: true,
        applicationProcess: b("S'inscrire à l'accueil en arrivant.", "Sign up at the front desk on arrival."),
        hours: "office",
        languages: FR_EN,
      },
      {
        names: [
          b("Adresse postale et fiducie volontaire", "Mailing address and voluntary money management"),
          b("Service de courrier et gestion du budget", "Mail service and budget management"),
        ],
        descriptions: [
          b(
            "Possibilité d'utiliser l'adresse de l'organisme pour recevoir son courrier, ses chèques et ses documents officiels, et de les récupérer à l'accueil.",
            "Use the organization's address to receive mail, cheques and official documents, and pick them up at the front desk.",
          ),
          b(
            "Fiducie volontaire : l'organisme reçoit le revenu de la personne, paie le loyer et les comptes, et lui remet le reste selon un plan convenu ensemble.",
            "Voluntary trusteeship: the organization receives the person's income, pays rent and bills, and gives them the rest according to a plan agreed together.",
          ),
        ],
        taxonomyCodes: ["HOMELESS.MAIL"],
        ageMin: 18,
        free: true,
        applicationProcess: b("Rencontrer un intervenant pour ouvrir un dossier.", "Meet a worker to open a file."),
        requiredDocuments: [DOC_ID],
        hours: "office",
        languages: FR,
      },
      {
        names: [
          b("Travail de proximité en itinérance", "Homelessness outreach"),
          b("Tournée de rue du soir", "Evening street outreach"),
        ],
        descriptions: [
          b(
            "Des intervenants font la tournée des parcs, des campements et des lieux publics pour offrir nourriture, couvertures, soins de base et accompagnement vers un hébergement.",
            "Workers tour parks, encampments and public spaces to offer food, blankets, basic care and accompaniment to shelter.",
          ),
          b(
            "Tournée de rue le soir, en hiver surtout, pour s'assurer que personne ne reste dehors sans aide par grand froid.",
            "An evening street round, especially in winter, to make sure no one stays outside without help during extreme cold.",
          ),
        ],
        taxonomyCodes: ["HOMELESS.OUTREACH"],
        free: true,
        applicationProcess: b(
          "Appeler l'équipe de proximité pour signaler une personne qui a besoin d'aide.",
          "Call the outreach team to report someone who needs help.",
        ),
        hours: "evening",
        languages: FR_EN,
      },
    ],
  },
];

// ─── Assemblage ──────────────────────────────────────────────────────────────
export const ORG_KINDS: OrgKindSeed[] = [
  ...FOOD_KINDS,
  ...HOUSING_KINDS,
  ...INCOME_KINDS,
  ...EMPLOYMENT_KINDS,
  ...HEALTH_KINDS,
  ...MENTAL_KINDS,
  ...ADDICTION_KINDS,
  ...FAMILY_KINDS,
  ...SENIORS_KINDS,
  ...YOUTH_KINDS,
  ...DISABILITY_KINDS,
  ...IMMIGRATION_KINDS,
  ...LEGAL_KINDS,
  ...VIOLENCE_KINDS,
  ...GOODS_KINDS,
  ...EDUCATION_KINDS,
  ...HOMELESS_KINDS,
];

/**
 * Street names as written in a Québec address (generic enough to be
 * plausible in most municipalities, city or village).
 */
export const STREET_NAMES: string[] = [
  "rue Saint-Joseph Est",
  "rue Saint-Joseph Ouest",
  "boulevard de la Rive-Sud",
  "avenue Bégin",
  "route du Président-Kennedy",
  "chemin Sainte-Foy",
  "rue Principale",
  "rue Notre-Dame",
  "rue de l'Église",
  "rue Saint-Jean",
  "rue Saint-Pierre",
  "rue Saint-Louis",
  "rue Saint-Georges",
  "rue Saint-Laurent",
  "rue Saint-Vallier Ouest",
  "rue de la Couronne",
  "rue du Couvent",
  "rue de la Fabrique",
  "rue du Moulin",
  "rue de la Station",
  "rue Commerciale",
  "rue des Érables",
  "rue des Pins",
  "rue des Bouleaux",
  "rue du Parc",
  "rue de la Rivière",
  "rue du Pont",
  "rue Racine",
  "rue Dorchester",
  "rue Laurier",
  "rue Champlain",
  "rue Cartier",
  "rue Mgr-Bourget",
  "rue Fraser",
  "1re Avenue",
  "3e Avenue",
  "4e Rue",
  "9e Rue",
  "18e Rue",
  "1re Avenue Ouest",
  "avenue Royale",
  "avenue du Palais",
  "avenue des Églises",
  "avenue Maguire",
  "avenue Cartier",
  "avenue Saint-Jean-Baptiste",
  "avenue de la Gare",
  "boulevard Charest Ouest",
  "boulevard Wilfrid-Hamel",
  "boulevard Sainte-Anne",
  "boulevard Henri-Bourassa",
  "boulevard Louis-XIV",
  "boulevard Guillaume-Couture",
  "boulevard Lacroix",
  "boulevard Frontenac Est",
  "boulevard Vachon Nord",
  "boulevard de Comporté",
  "boulevard Monseigneur-de-Laval",
  "chemin du Roy",
  "chemin Royal",
  "chemin des Quatre-Bourgeois",
  "chemin de la Canardière",
  "route Marie-Victorin",
  "route de l'Église",
  "route Sainte-Anne",
  "route du Président-Kennedy Nord",
  "rang Saint-Joseph",
  "rang du Bras",
  "rue Clément-Lockquell",
  "rue des Forges",
  "rue Saint-Cyrille",
  "rue de la Fonderie",
  "place de l'Hôtel-de-Ville",
];

/** Neighbourhoods and former municipalities of Québec City and Lévis. */
export const NEIGHBOURHOODS: string[] = [
  // Québec
  "Vieux-Québec",
  "Saint-Roch",
  "Saint-Sauveur",
  "Saint-Jean-Baptiste",
  "Montcalm",
  "Limoilou",
  "Maizerets",
  "Vanier",
  "Duberger",
  "Les Saules",
  "Lebourgneuf",
  "Neufchâtel",
  "Loretteville",
  "Val-Bélair",
  "Lac-Saint-Charles",
  "Charlesbourg",
  "Orsainville",
  "Beauport",
  "Giffard",
  "Montmorency",
  "Sainte-Foy",
  "Sillery",
  "Cap-Rouge",
  "Pointe-de-Sainte-Foy",
  "Saint-Émile",
  // Lévis
  "Desjardins",
  "Lauzon",
  "Saint-Romuald",
  "Saint-Nicolas",
  "Charny",
  "Saint-Jean-Chrysostome",
  "Saint-Rédempteur",
  "Saint-Étienne-de-Lauzon",
  "Pintendre",
  "Breakeyville",
];

/**
 * Replace "{city}" / "{area}" in a name pattern and fix French contractions
 * produced by the substitution ("de Les Etchemins" -> "des Etchemins",
 * "à Le …" -> "au …"). English text is only substituted.
 */
export function fillTemplate(
  pattern: string,
  vars: { city?: string; area?: string },
  lang: "fr" | "en" = "fr",
): string {
  let out = pattern;
  if (vars.city !== undefined) out = out.split("{city}").join(vars.city);
  if (vars.area !== undefined) out = out.split("{area}").join(vars.area);
  if (lang === "fr") {
    out = out
      .replace(/\bde Les /g, "des ")
      .replace(/\bde Le /g, "du ")
      .replace(/\bà Les /g, "aux ")
      .replace(/\bà Le /g, "au ");
  }
  return out;
}
