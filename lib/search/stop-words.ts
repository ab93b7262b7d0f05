// Function words of both languages, unaccented. They are removed from the words a person
// types (so "où donner des vieux meubles" searches "donner vieux meubles") unless the
// query is made only of them. The tsvectors keep PostgreSQL's own stop-word handling.
const FRENCH =
  "a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui quoi quel quelle quels quelles sa se ses son sur ta te tes toi ton tu un une vos votre vous y d l j m n s t c est sont suis etre ai avoir comment combien quand donc ni car chez vers".split(
    " ",
  );
const ENGLISH =
  "a an and are as at be by for from how i in into is it its me my near of on or our so that the their them there these they this to was we what when where which who why will with you your can do does get find need help".split(
    " ",
  );

export const STOP_WORDS: ReadonlySet<string> = new Set([...FRENCH, ...ENGLISH]);
