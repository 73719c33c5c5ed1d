export { villageChoices, type DistrictChoices } from './choices';
