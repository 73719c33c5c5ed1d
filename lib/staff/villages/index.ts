export { staffVillages, type DistrictChoices } from './choices';
export { villageNames } from './names';
