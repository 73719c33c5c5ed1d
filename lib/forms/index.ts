export { isHttpsRequest, privateCookie } from './cookie-options';
export { parseRecordId } from './record-id';
export { formText, optionalFormText, formTexts } from './form-data';
export {
  nik,
  optionalPersonName,
  villageCode,
  birthDateFromBoxes,
  isoBirthDate,
  personName,
  isRealDate,
  birthDateBoxLengths,
  ticketCode,
  birthDate,
  kk,
  optionalKk,
} from './fields';
export { issueKeys } from './issues';
export { sealedCookie, sealedView } from './sealed-cookie';
