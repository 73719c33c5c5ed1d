import { arabic } from './arabic';
import { balinese } from './balinese';
import { batak } from './batak';
import { bugis } from './bugis';
import { chinese } from './chinese';
import { javanese } from './javanese';
import { minang } from './minang';
import { sundanese } from './sundanese';
import type { EthnicGroup, NamingTradition } from './tradition';

export const traditions: Readonly<Record<EthnicGroup, NamingTradition>> = {
  javanese,
  sundanese,
  batak,
  minang,
  bugis,
  balinese,
  arabic,
  chinese,
};

export { balineseBirthOrderNames } from './balinese';
export { registeredName, toOldSpelling } from './variants';
export { ethnicGroups, type EthnicGroup, type NameRequest, type NamingTradition } from './tradition';
