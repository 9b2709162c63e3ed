// Generated from clients/portal-client/openapi/order.json by npm run client:gen; do not edit.

export interface paths {
    "/accounts/{accountId}/reports/invoices.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invoices report: invoices issued in the period with their status as of now, CSV
         * @description CSV (RFC 4180, header row), streamed; periods of calendar days (UTC, both ends inclusive, at most 366 days); at most 10000 rows, REPORT_TOO_LARGE beyond. Needs reporting access: site-admin or reporting on the account, or partner-admin of its reseller of record.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED, FEATURE_NOT_AVAILABLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: FIELD_INVALID, INVALID_PERIOD, REPORT_PERIOD_TOO_LONG, REPORT_TOO_LARGE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{accountId}/reports/purchases.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Purchases report: orders placed in the period (cancelled ones left out), one row per order, CSV
         * @description CSV (RFC 4180, header row), streamed; periods of calendar days (UTC, both ends inclusive, at most 366 days); at most 10000 rows, REPORT_TOO_LARGE beyond. Needs reporting access: site-admin or reporting on the account, or partner-admin of its reseller of record.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED, FEATURE_NOT_AVAILABLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: FIELD_INVALID, INVALID_PERIOD, REPORT_PERIOD_TOO_LONG, REPORT_TOO_LARGE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contracts of the caller's accounts, with status and term */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "active" | "expired" | "terminated";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Contract"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{contractNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contract */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contractNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{contractNumber}/sales-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sales orders under a contract, each with its lines, serial numbers, status, export hold and upgrade requests */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    contractNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SalesOrder"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business clock of this service (internal users) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BusinessClock"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, INTERNAL_USERS_ONLY */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Move the business clock forward (internal users, demo platforms only), then fire the jobs now due */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How far to move: 90m, 36h, 15d or 2w (1 minute to 3660 days)
                         * @example 15d
                         */
                        advance: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BusinessClock"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, INTERNAL_USERS_ONLY, DEMO_MODE_REQUIRED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: FIELD_INVALID */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices of the caller's accounts with invoicing reports enabled; status derived from the due date and the clock */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    status?: "unpaid" | "payment-pending" | "paid" | "overdue";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Invoice"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, FEATURE_NOT_AVAILABLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, FEATURE_NOT_AVAILABLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceNumber}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispute an invoice with a reason: recorded on the invoice; InvoiceDisputed tells the account team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvoiceDisputeRequest"];
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, FEATURE_NOT_AVAILABLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: DISPUTE_REASON_REQUIRED, REASON_TOO_LONG */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceNumber}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay an unpaid invoice with a saved payment method of its account: publishes InvoicePaymentRequested for the ERP; the invoice is payment-pending until the ERP confirms */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvoicePaymentRequest"];
                };
            };
            responses: {
                /** @description Success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, FEATURE_NOT_AVAILABLE, ROLE_REQUIRED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: INVOICE_ALREADY_PAID, INVOICE_PAYMENT_PENDING */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: PAYMENT_METHOD_UNKNOWN, PAYMENT_METHOD_EXPIRED */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceNumber}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as a PDF document (amount, dates, status as of now, pending payment, disputes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, FEATURE_NOT_AVAILABLE */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recent-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders of the caller's accounts placed online in the last 30 days, newest first */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RecentOrder"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sales order of the caller's accounts, with its upgrade requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesOrder"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{orderNumber}/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-order: the order's lines as a cart-ready payload (nothing is ordered) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cart"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{orderNumber}/upgrade-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SKUs of an order eligible for upgrade, what each can be upgraded to, and which serial numbers are free */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            options: components["schemas"]["UpgradeOption"][];
                            orderNumber: string;
                        };
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{orderNumber}/upgrade-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an upgrade request: submitted for approval at once (submit: true) or saved as a wizard draft
         * @description Needs the operations role on the contract's account, an active contract and a sales order that is not cancelled.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["UpgradeRequestCreateRequest"];
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: CONTRACT_NOT_ACTIVE, SALES_ORDER_NOT_ACTIVE, SPECIAL_PRICING_FORM_REQUIRED, DISCOUNT_OUT_OF_RANGE, START_DATE_REQUIRED, START_DATE_IN_PAST, DATE_INVALID, DEPLOYMENT_WINDOW_REQUIRED, DEPLOYMENT_WINDOW_OUT_OF_RANGE, TERM_OPTION_REQUIRED, TERM_MONTHS_REQUIRED, TERM_MONTHS_OUT_OF_RANGE, CO_TERM_UNAVAILABLE, START_DATE_AFTER_CO_TERM_END, SKU_NOT_ELIGIBLE, UPGRADE_PATH_UNKNOWN, QUANTITY_OUT_OF_RANGE, SERIAL_COUNT_MISMATCH, SERIAL_NOT_ON_ORDER, SERIAL_ALREADY_IN_UPGRADE, SERIAL_SELECTED_TWICE, DELIVERY_ADDRESS_REQUIRED, SHIPPING_SERVICE_LEVEL_REQUIRED, CARRIER_REQUIRED, COMMENT_TOO_LONG, EMPTY_UPGRADE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-orders/{orderNumber}/upgrade-requests/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run: the validation a submit would give and the computed totals, without creating anything */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderNumber: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["UpgradeRequestPreviewRequest"];
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeReview"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: CONTRACT_NOT_ACTIVE, SALES_ORDER_NOT_ACTIVE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upgrade requests: an internal approver sees every account's; others see their accounts' (and their own drafts) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    orderNumber?: string;
                    status?: "draft" | "pending-approval" | "approved" | "rejected" | "withdrawn" | "booked";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["UpgradeRequest"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One upgrade request; a draft comes with its review (validation and totals as a submit would see them) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An internal approver of the pending tier approves it: the next tier opens, or after the last the request is approved and published for the ERP to book */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED, SECOND_APPROVER_REQUIRED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UPGRADE_REQUEST_NOT_PENDING */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}/basic-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Wizard step 1: basic info (discount, special-pricing form, start date, deployment window, term option) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["UpgradeBasicInfo"];
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED, NOT_REQUESTER */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UPGRADE_REQUEST_NOT_DRAFT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: CONTRACT_NOT_ACTIVE, SALES_ORDER_NOT_ACTIVE, SPECIAL_PRICING_FORM_REQUIRED, DISCOUNT_OUT_OF_RANGE, START_DATE_REQUIRED, START_DATE_IN_PAST, DATE_INVALID, DEPLOYMENT_WINDOW_REQUIRED, DEPLOYMENT_WINDOW_OUT_OF_RANGE, TERM_OPTION_REQUIRED, TERM_MONTHS_REQUIRED, TERM_MONTHS_OUT_OF_RANGE, CO_TERM_UNAVAILABLE, START_DATE_AFTER_CO_TERM_END, SKU_NOT_ELIGIBLE, UPGRADE_PATH_UNKNOWN, QUANTITY_OUT_OF_RANGE, SERIAL_COUNT_MISMATCH, SERIAL_NOT_ON_ORDER, SERIAL_ALREADY_IN_UPGRADE, SERIAL_SELECTED_TWICE, DELIVERY_ADDRESS_REQUIRED, SHIPPING_SERVICE_LEVEL_REQUIRED, CARRIER_REQUIRED, COMMENT_TOO_LONG, EMPTY_UPGRADE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}/hardware-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Wizard step 2: hardware to upgrade (replaces the hardware lines) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hardwareLines: components["schemas"]["UpgradeHardwareLine"][];
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED, NOT_REQUESTER */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UPGRADE_REQUEST_NOT_DRAFT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: CONTRACT_NOT_ACTIVE, SALES_ORDER_NOT_ACTIVE, SPECIAL_PRICING_FORM_REQUIRED, DISCOUNT_OUT_OF_RANGE, START_DATE_REQUIRED, START_DATE_IN_PAST, DATE_INVALID, DEPLOYMENT_WINDOW_REQUIRED, DEPLOYMENT_WINDOW_OUT_OF_RANGE, TERM_OPTION_REQUIRED, TERM_MONTHS_REQUIRED, TERM_MONTHS_OUT_OF_RANGE, CO_TERM_UNAVAILABLE, START_DATE_AFTER_CO_TERM_END, SKU_NOT_ELIGIBLE, UPGRADE_PATH_UNKNOWN, QUANTITY_OUT_OF_RANGE, SERIAL_COUNT_MISMATCH, SERIAL_NOT_ON_ORDER, SERIAL_ALREADY_IN_UPGRADE, SERIAL_SELECTED_TWICE, DELIVERY_ADDRESS_REQUIRED, SHIPPING_SERVICE_LEVEL_REQUIRED, CARRIER_REQUIRED, COMMENT_TOO_LONG, EMPTY_UPGRADE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}/misc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Wizard step 4: comment */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED, NOT_REQUESTER */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UPGRADE_REQUEST_NOT_DRAFT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: CONTRACT_NOT_ACTIVE, SALES_ORDER_NOT_ACTIVE, SPECIAL_PRICING_FORM_REQUIRED, DISCOUNT_OUT_OF_RANGE, START_DATE_REQUIRED, START_DATE_IN_PAST, DATE_INVALID, DEPLOYMENT_WINDOW_REQUIRED, DEPLOYMENT_WINDOW_OUT_OF_RANGE, TERM_OPTION_REQUIRED, TERM_MONTHS_REQUIRED, TERM_MONTHS_OUT_OF_RANGE, CO_TERM_UNAVAILABLE, START_DATE_AFTER_CO_TERM_END, SKU_NOT_ELIGIBLE, UPGRADE_PATH_UNKNOWN, QUANTITY_OUT_OF_RANGE, SERIAL_COUNT_MISMATCH, SERIAL_NOT_ON_ORDER, SERIAL_ALREADY_IN_UPGRADE, SERIAL_SELECTED_TWICE, DELIVERY_ADDRESS_REQUIRED, SHIPPING_SERVICE_LEVEL_REQUIRED, CARRIER_REQUIRED, COMMENT_TOO_LONG, EMPTY_UPGRADE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An internal approver rejects a pending request with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UPGRADE_REQUEST_NOT_PENDING */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: REJECTION_REASON_REQUIRED, REASON_TOO_LONG */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}/software-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Wizard step 3: software to upgrade (replaces the software lines) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        softwareLines: components["schemas"]["UpgradeSoftwareLine"][];
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED, NOT_REQUESTER */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UPGRADE_REQUEST_NOT_DRAFT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: CONTRACT_NOT_ACTIVE, SALES_ORDER_NOT_ACTIVE, SPECIAL_PRICING_FORM_REQUIRED, DISCOUNT_OUT_OF_RANGE, START_DATE_REQUIRED, START_DATE_IN_PAST, DATE_INVALID, DEPLOYMENT_WINDOW_REQUIRED, DEPLOYMENT_WINDOW_OUT_OF_RANGE, TERM_OPTION_REQUIRED, TERM_MONTHS_REQUIRED, TERM_MONTHS_OUT_OF_RANGE, CO_TERM_UNAVAILABLE, START_DATE_AFTER_CO_TERM_END, SKU_NOT_ELIGIBLE, UPGRADE_PATH_UNKNOWN, QUANTITY_OUT_OF_RANGE, SERIAL_COUNT_MISMATCH, SERIAL_NOT_ON_ORDER, SERIAL_ALREADY_IN_UPGRADE, SERIAL_SELECTED_TWICE, DELIVERY_ADDRESS_REQUIRED, SHIPPING_SERVICE_LEVEL_REQUIRED, CARRIER_REQUIRED, COMMENT_TOO_LONG, EMPTY_UPGRADE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Wizard step 5: submit the draft for approval (every rule checked at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, ROLE_REQUIRED, NOT_REQUESTER */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UPGRADE_REQUEST_NOT_DRAFT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: CONTRACT_NOT_ACTIVE, SALES_ORDER_NOT_ACTIVE, SPECIAL_PRICING_FORM_REQUIRED, DISCOUNT_OUT_OF_RANGE, START_DATE_REQUIRED, START_DATE_IN_PAST, DATE_INVALID, DEPLOYMENT_WINDOW_REQUIRED, DEPLOYMENT_WINDOW_OUT_OF_RANGE, TERM_OPTION_REQUIRED, TERM_MONTHS_REQUIRED, TERM_MONTHS_OUT_OF_RANGE, CO_TERM_UNAVAILABLE, START_DATE_AFTER_CO_TERM_END, SKU_NOT_ELIGIBLE, UPGRADE_PATH_UNKNOWN, QUANTITY_OUT_OF_RANGE, SERIAL_COUNT_MISMATCH, SERIAL_NOT_ON_ORDER, SERIAL_ALREADY_IN_UPGRADE, SERIAL_SELECTED_TWICE, DELIVERY_ADDRESS_REQUIRED, SHIPPING_SERVICE_LEVEL_REQUIRED, CARRIER_REQUIRED, COMMENT_TOO_LONG, EMPTY_UPGRADE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upgrade-requests/{requestId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The requester withdraws a pending request (or abandons a draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpgradeRequest"];
                    };
                };
                /** @description Problem; code one of: VALIDATION_FAILED, MALFORMED_JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: USER_DISABLED, NOT_REQUESTER */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: UPGRADE_REQUEST_NOT_PENDING */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: BODY_TOO_LARGE */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Address: {
            city: string;
            country: string;
            name: string;
            postalCode: string;
            /** @default null */
            region?: string | null;
            street: string;
        };
        BusinessClock: {
            demoMode: boolean;
            jobsFired?: number;
            /** @description The business time of this service (UTC instant) */
            now: string;
            /** @description How far the business clock is ahead of the system clock */
            offsetMs: number;
        };
        Cart: {
            currency: string;
            items: {
                description: string;
                kind: string;
                lineTotal: components["schemas"]["Money"];
                quantity: number;
                sku: string;
                unitPrice: components["schemas"]["Money"];
            }[];
            shipTo: components["schemas"]["Address"];
            sourceOrderNumber: string;
            sourceWebOrderNumber: string | null;
            subtotal: components["schemas"]["Money"];
        };
        Contract: {
            accountId: string;
            contractNumber: string;
            description: string | null;
            /** Format: date-time */
            expiredAt: string | null;
            freeChangesPerMonth: number;
            /** @enum {string} */
            status: "active" | "expired" | "terminated";
            term: components["schemas"]["Term"];
            /** Format: date-time */
            terminatedAt: string | null;
        };
        Invoice: {
            accountId: string;
            amount: components["schemas"]["Money"];
            disputes: {
                /** Format: date-time */
                disputedAt: string;
                disputedBy: string;
                disputeId: string;
                reason: string;
            }[];
            dueOn: string;
            invoiceNumber: string;
            issuedOn: string;
            orderNumber: string | null;
            paidOn: string | null;
            payment: {
                paymentId: string;
                paymentMethodId: string;
                /** Format: date-time */
                requestedAt: string;
                requestedBy: string;
            } | null;
            /** @enum {string} */
            status: "unpaid" | "payment-pending" | "paid" | "overdue";
        };
        InvoiceDisputeRequest: {
            /** @description What is wrong; at most 2000 characters */
            reason: string;
        };
        InvoicePaymentRequest: {
            /** @description A saved payment method of the invoice's account (account service) */
            paymentMethodId: string;
        };
        Money: {
            amountMinor: number;
            currency: string;
        };
        Problem: {
            /** @description Error code from domain.md */
            code: string;
            detail: string;
            errors?: {
                code: string;
                message: string;
                path: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            type: string;
        };
        RecentOrder: components["schemas"]["SalesOrder"] & {
            /** @description Number of order lines */
            lineCount: number;
        };
        SalesOrder: {
            accountId: string;
            cancelled: boolean;
            /** Format: date-time */
            cancelledAt: string | null;
            confirmed: boolean;
            /** Format: date-time */
            confirmedAt: string | null;
            contractNumber: string | null;
            currency: string;
            exportHold: boolean;
            exportHoldReason: string | null;
            lines: {
                description: string;
                /** @enum {string} */
                kind: "hardware" | "software" | "service" | "subscription";
                lineNumber: number;
                quantity: number;
                serialNumbers: string[];
                sku: string;
                unitPrice: components["schemas"]["Money"];
            }[];
            orderNumber: string;
            /** Format: date-time */
            placedAt: string;
            resellerAccountId: string | null;
            shipped: boolean;
            /** Format: date-time */
            shippedAt: string | null;
            shipTo: components["schemas"]["Address"];
            /** @enum {string} */
            status: "booked" | "shipped" | "confirmed" | "cancelled";
            term: {
                endDate: string;
                startDate: string;
            } | null;
            total: components["schemas"]["Money"];
            /** @description Set when the ERP booked this order for an upgrade request */
            upgradeRequestId: string | null;
            upgradeRequests: components["schemas"]["UpgradeRequestSummary"][];
            webOrderNumber: string | null;
        };
        Term: {
            endDate: string;
            startDate: string;
        };
        UpgradeBasicInfo: {
            /**
             * @description 1..365
             * @default null
             */
            deploymentWindowDays?: number | null;
            /**
             * @description Order discount, 0 < p <= 100, two decimals at most
             * @default null
             */
            discountPercent?: number | null;
            /**
             * @description Required with a discount
             * @default null
             */
            specialPricingFormNumber?: string | null;
            /**
             * @description ISO date, not in the past
             * @default null
             */
            startDate?: string | null;
            /**
             * @description Own term only: 1..120
             * @default null
             */
            termMonths?: number | null;
            /**
             * @default null
             * @enum {string|null}
             */
            termOption?: "own-term" | "co-term" | null;
        };
        UpgradeHardwareLine: {
            /**
             * @description Required for standard shipping
             * @default null
             */
            carrierName?: string | null;
            /**
             * @description An address id of the account's address book (account service)
             * @default null
             */
            deliveryAddressId?: string | null;
            quantity: number;
            /** @default [] */
            serialNumbers?: string[];
            /**
             * @description Required for standard shipping
             * @default null
             */
            shippingAccount?: string | null;
            /**
             * @default null
             * @enum {string|null}
             */
            shippingServiceLevel?: "standard" | "expedited" | "next-day" | null;
            sku: string;
            targetSku: string;
        };
        UpgradeOption: {
            description: string;
            /** @enum {string} */
            kind: "hardware" | "software" | "service" | "subscription";
            quantityOwned: number;
            serialNumbers: {
                heldByRequestId: string | null;
                serialNumber: string;
            }[];
            sku: string;
            targets: {
                description: string | null;
                listPrice: {
                    amountMinor: number;
                    currency: string;
                } | null;
                sku: string;
            }[];
        };
        UpgradeRequest: {
            accountId: string;
            /** @description Submitted requests: each approval tier the rules require and where it stands */
            approvalTiers: {
                approverRole: string;
                /** Format: date-time */
                decidedAt: string | null;
                decidedBy: string | null;
                name: string;
                /** @enum {string} */
                status: "waiting" | "pending" | "approved" | "rejected";
                tier: number;
            }[];
            basicInfo: components["schemas"]["UpgradeBasicInfo"];
            /** Format: date-time */
            bookedAt: string | null;
            bookedOrderNumber: string | null;
            comment: string | null;
            contractNumber: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: string | null;
            hardwareLines: (components["schemas"]["UpgradeHardwareLine"] & {
                deliveryAddress?: {
                    city: string;
                    country: string;
                    name: string;
                    postalCode: string;
                    /** @default null */
                    region?: string | null;
                    street: string;
                } | null;
            })[];
            orderNumber: string;
            rejectionReason: string | null;
            requestedBy: string;
            requestId: string;
            /** @description Drafts: the validation and totals a submit would give now (the review step) */
            review: {
                errors: {
                    code: string;
                    message: string;
                    path: string;
                }[];
                totals: components["schemas"]["UpgradeTotals"];
                valid: boolean;
            } | null;
            softwareLines: components["schemas"]["UpgradeSoftwareLine"][];
            /** @enum {string} */
            status: "draft" | "pending-approval" | "approved" | "rejected" | "withdrawn" | "booked";
            /** Format: date-time */
            submittedAt: string | null;
            totals: {
                currency: string;
                discountMinor: number;
                lines: {
                    amountMinor: number | null;
                    /** @enum {string} */
                    kind: "hardware" | "software";
                    quantity: number;
                    sku: string;
                    targetSku: string;
                    unitPriceMinor: number | null;
                }[];
                subtotalMinor: number;
                term: {
                    endDate: string;
                    startDate: string;
                } | null;
                totalMinor: number;
                unpricedSkus: string[];
            } | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        UpgradeRequestCreateRequest: {
            basicInfo?: components["schemas"]["UpgradeBasicInfo"];
            /** @description At most 2000 characters */
            comment?: string | null;
            hardwareLines?: components["schemas"]["UpgradeHardwareLine"][];
            softwareLines?: components["schemas"]["UpgradeSoftwareLine"][];
            /**
             * @description true: validate everything and send for approval at once; false: save a wizard draft
             * @default true
             */
            submit?: boolean;
        };
        UpgradeRequestPreviewRequest: {
            basicInfo?: components["schemas"]["UpgradeBasicInfo"];
            /** @description At most 2000 characters */
            comment?: string | null;
            hardwareLines?: components["schemas"]["UpgradeHardwareLine"][];
            softwareLines?: components["schemas"]["UpgradeSoftwareLine"][];
        };
        UpgradeRequestSummary: {
            bookedOrderNumber: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            requestedBy: string;
            requestId: string;
            status: string;
            /** Format: date-time */
            submittedAt: string | null;
        };
        UpgradeReview: {
            errors: {
                code: string;
                message: string;
                path: string;
            }[];
            totals: components["schemas"]["UpgradeTotals"];
            valid: boolean;
        };
        UpgradeSoftwareLine: {
            quantity: number;
            sku: string;
            targetSku: string;
        };
        UpgradeTotals: {
            currency: string;
            discountMinor: number;
            lines: {
                amountMinor: number | null;
                /** @enum {string} */
                kind: "hardware" | "software";
                quantity: number;
                sku: string;
                targetSku: string;
                unitPriceMinor: number | null;
            }[];
            subtotalMinor: number;
            term: {
                endDate: string;
                startDate: string;
            } | null;
            totalMinor: number;
            unpricedSkus: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
