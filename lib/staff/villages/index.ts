export { villageChoices, type DistrictChoices } from './choices';
export { villageNames } from './names';
