/**
 * Theme words never looked up, so that they cannot pull an unsuitable picture onto a page
 * through an emoji's labels or tags. Grouped by why they stay out; accent-free, English and
 * French, singular and plural where `wordForms` would not find the singular.
 */
const BLOCKED = {
  weapons:
    "gun guns pistol pistols rifle rifles revolver shotgun bullet bullets knife knives dagger daggers sword swords weapon weapons " +
    "bomb bombs grenade grenades cannon cannons axe axes machete sniper missile missiles war army soldier soldiers tank tanks " +
    "fusil fusils pistolet pistolets revolver couteau couteaux poignard poignards epee epees arme armes bombe bombes grenade " +
    "canon canons hache haches guerre armee soldat soldats missile",
  alcohol:
    "beer beers wine wines alcohol alcoholic drunk cocktail cocktails vodka whisky whiskey rum gin tequila champagne liquor booze pub " +
    "biere bieres vin vins alcool ivre saoul rhum liqueur apero aperitif",
  adult:
    "sexy sex sexual nude nudes naked porn erotic lingerie stripper strip kiss kisses kissing " +
    "nu nue nus nues sexe sexuel erotique baiser bisou bisous",
  gore:
    "kill killer killing murder dead death blood bloody gore skull skulls skeleton skeletons zombie zombies vampire vampires " +
    "devil devils demon demons horror coffin grave graveyard tombstone " +
    "tuer tueur meurtre mort morts sang sanglant squelette squelettes diable diables demon demons horreur cercueil tombe tombes cimetiere",
  drugs: "drug drugs cigarette cigarettes cigar smoke smoking tobacco weed cannabis marijuana cocaine syringe drogue drogues tabac fumer seringue",
  flags: "flag flags drapeau drapeaux",
} as const;

/** Why a word is blocked, for tests and reviews. */
export type BlockedReason = keyof typeof BLOCKED;

export const BLOCKED_WORDS: ReadonlySet<string> = new Set(Object.values(BLOCKED).flatMap((words) => words.split(" ")));

/** The blocked words of one kind (weapons, alcohol, adult content...). */
export function blockedWordsOf(reason: BlockedReason): string[] {
  return BLOCKED[reason].split(" ");
}
