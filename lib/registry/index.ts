export { maskIdentityNumber, maskName } from './mask';
