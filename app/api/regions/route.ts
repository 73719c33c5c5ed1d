import { listProvinces } from '@/lib/regions';
import { regionListResponse } from './responses';

// Served from the in-memory catalog, like the children lists (see [code]/route.ts for why).
export async function GET(request: Request): Promise<Response> {
  return regionListResponse(request, await listProvinces());
}
