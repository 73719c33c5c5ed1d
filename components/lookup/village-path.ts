export type VillagePath = { village: string; district: string; regency: string; province: string };
