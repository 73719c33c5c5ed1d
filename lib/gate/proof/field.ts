// The hidden input the ALTCHA widget adds to the form; shared by the widget and the action.
export const proofFieldName = 'altcha';
// The hidden input holding the signed form token (residents without JavaScript).
export const formTokenFieldName = 'formToken';
