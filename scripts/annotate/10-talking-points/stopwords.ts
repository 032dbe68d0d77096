/**
 * Words that cannot open or close a talking point: a phrase such as "of the" or "the two" recurs
 * everywhere and says nothing about whose language travels.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet of in on at to for from by with without within into onto over under about
  as than then that this these those there here which who whom whose what when where why how
  is are was were be been being am has have had having do does did will would shall should can could may
  might must it its it's they them their he him his she her we us our you your i me my
  not no also very more most much many some any all each every both either neither one two
  said says say told according just only even still such other another own same between among
  up down out off again further once after before during since while until upon via per`.split(/\s+/),
);
