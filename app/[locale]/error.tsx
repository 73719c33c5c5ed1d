'use client';

import { lazy } from 'react';

// Loaded only when an error happens, so its strings stay out of every page's first load.
export default lazy(() => import('./_components/ServiceError'));
