import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// One zod instance, extended once: request schemas validate and describe themselves in the OpenAPI document.
extendZodWithOpenApi(z);

export { z };
