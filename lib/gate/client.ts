export { formTokenFieldName, proofFieldName } from './proof/field';
