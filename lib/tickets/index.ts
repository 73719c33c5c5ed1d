export {
  attachmentStore,
  checkAttachments,
  maxAttachmentsPerTicket,
  type AttachmentProblem,
  type AttachmentStore,
  type UploadedFile,
} from './attachment-store';
export { fileTicket, type FilingChannel, type FilingOutcome } from './file-ticket';
export { moveTicket, type ActionRecorder, type MoveInput, type MoveOutcome } from './move-ticket';
export {
  listMusdesAgenda,
  recordMusdesDecisions,
  type MusdesDecision,
  type MusdesItem,
  type MusdesOutcome,
} from './musdes';
export {
  findAttachmentForStaff,
  findTicketForStaff,
  listTicketQueue,
  ticketAgeing,
  type QueueFilter,
  type QueueRow,
  type TicketDetail,
  type VillageAgeing,
} from './staff-queries';
export { trackTicket, type TrackingOutcome, type TrackingStep, type TrackingView } from './track-ticket';
export {
  correctionTypes,
  objectionReasons,
  ticketErrors,
  ticketFields,
  ticketInput,
  ticketKindName,
  ticketKinds,
  type TicketErrorKey,
  type TicketErrors,
  type TicketField,
  type TicketInput,
  type TicketKindName,
} from './schema';
export { normalizeTicketCode } from './ticket-code';
export {
  canMove,
  checkMove,
  closedStates,
  isOpenState,
  nextStatesFor,
  ticketStates,
  type TicketStateName,
} from './transitions';
export { fileTicketForResident, fileTicketFromPublic, type FilingResult } from './public-filing';
export { runPublicTracking, type PublicTrackingResult } from './public-tracking';
export { ticketFormValues, type TicketFormValues, type TicketTextField } from './form-values';
export {
  acknowledgementCookie,
  filingFormCookie,
  trackingCookie,
  trackingFormCookie,
  type Acknowledgement,
  type FilingFlash,
  type TrackingFlash,
} from './ticket-cookies';
export { ticketsForStaff } from './staff-service';
export { viewMusdesAgenda, viewTicketQueue } from './staff-views';
export { moveFormInput, musdesDecisionsFrom, musdesVillageInput, queueFilterInput } from './staff-input';
export { ticketCode } from '@/lib/forms';
export { musdesCsv } from './musdes-csv';
export { newSubmissionKey } from './submission-key';
