// Generated from clients/portal-client/openapi/licensing.json by npm run client:gen; do not edit.

export interface paths {
    "/accounts/{accountId}/reports/licences-by-virtual-account.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Licences deposited in the period into the virtual accounts of the account's Smart Accounts, by Smart Account and virtual account, CSV
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
    "/orders/{orderRef}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sales order (by sales order or web order number) with its Smart Account assignment, why it waits, and its deposits */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderRef: string;
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
                        "application/json": components["schemas"]["OrderLicensing"];
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
    "/orders/{orderRef}/smart-account-assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign (or re-assign) the order to a Smart Account and virtual account, accepting the terms
         * @description External users with access to the order (its account or the partner of record). Licences are deposited automatically once the order is shipped and confirmed, not on export hold, and the Smart Account active.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orderRef: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        smartAccountId: string;
                        termsAccepted: boolean;
                        virtualAccountId: string;
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
                        "application/json": components["schemas"]["OrderLicensing"];
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
                /** @description Problem; code one of: USER_DISABLED, INTERNAL_USERS_MUST_OPEN_CASE */
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
                /** @description Problem; code one of: LICENCES_ALREADY_DEPOSITED */
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
                /** @description Problem; code one of: TERMS_NOT_ACCEPTED, VIRTUAL_ACCOUNT_NOT_IN_SMART_ACCOUNT, SMART_ACCOUNT_NOT_ELIGIBLE, SALES_ORDER_NOT_ACTIVE */
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
    "/smart-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the Smart Accounts you can see by domain identifier, account name or user e-mail */
        get: {
            parameters: {
                query: {
                    by: "domain-identifier" | "account-name" | "email";
                    cursor?: string;
                    limit?: number;
                    q: string;
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
                            items: components["schemas"]["SmartAccount"][];
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
        /** Create a Smart Account or a partner holding account (internal users) */
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
                        domainIdentifier: string;
                        /**
                         * @default customer
                         * @enum {string}
                         */
                        kind?: "customer" | "partner-holding";
                        name: string;
                        ownerAccountId: string;
                        /**
                         * @default pending
                         * @enum {string}
                         */
                        status?: "active" | "pending";
                        /** @default [] */
                        userEmails?: string[];
                        /**
                         * @default [
                         *       {
                         *         "name": "DEFAULT"
                         *       }
                         *     ]
                         */
                        virtualAccounts?: {
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SmartAccount"];
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
                /** @description Problem; code one of: VIRTUAL_ACCOUNT_NAME_TAKEN */
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
                /** @description Problem; code one of: DOMAIN_IDENTIFIER_INVALID, FIELD_REQUIRED, FIELD_INVALID */
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
    "/smart-accounts/{smartAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One Smart Account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    smartAccountId: string;
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
                        "application/json": components["schemas"]["SmartAccount"];
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
    "/smart-accounts/{smartAccountId}/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a pending Smart Account (internal users); waiting deposits into it then happen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    smartAccountId: string;
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
                        "application/json": components["schemas"]["SmartAccount"];
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
                /** @description Problem; code one of: SMART_ACCOUNT_ALREADY_ACTIVE */
                409: {
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
    "/smart-accounts/{smartAccountId}/virtual-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a virtual account (internal users) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    smartAccountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SmartAccount"];
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
                /** @description Problem; code one of: VIRTUAL_ACCOUNT_NAME_TAKEN */
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
    "/smart-accounts/{smartAccountId}/virtual-accounts/{virtualAccountId}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entitlements of a virtual account, per SKU (nothing is usable from a partner holding account) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    smartAccountId: string;
                    virtualAccountId: string;
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
                        "application/json": components["schemas"]["VirtualAccountEntitlements"];
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
    "/vip-memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VIP memberships of the accounts you have a grant on (as customer or partner), filterable by account and status */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    limit?: number;
                    status?: "active" | "late" | "expired";
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
                            items: components["schemas"]["VipMembership"][];
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
        /** A partner invites a customer to a VIP program: the VIP ID is given at once */
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
                        /** @example 2026-12-31 */
                        anniversaryDate?: string;
                        customerAccountId: string;
                        partnerAccountId: string;
                        program: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VipMembership"];
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
                /** @description Problem; code one of: MEMBERSHIP_ALREADY_EXISTS */
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
                /** @description Problem; code one of: NOT_RESELLER_OF_RECORD, PROGRAM_UNKNOWN, ANNIVERSARY_IN_PAST, FIELD_INVALID */
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
    "/vip-memberships/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One VIP membership with its purchase and return authorizations and renewal history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
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
                        "application/json": components["schemas"]["VipMembership"];
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
    "/vip-memberships/{membershipId}/purchase-authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a purchase authorization (partner): an order must reference it within the program’s deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerPoNumber?: string;
                        /** @example 2026-12-31 */
                        deploymentDate: string;
                        /** @enum {string} */
                        licenseType: "enterprise" | "team";
                        products: {
                            quantity: number;
                            sku: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VipMembership"];
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
                /** @description Problem; code one of: MEMBERSHIP_EXPIRED, EDUCATION_DEVICE_NOT_SUPPORTED, PRODUCTS_REQUIRED, PRODUCT_UNKNOWN, PRODUCT_NOT_FOR_LICENSE_TYPE, DUPLICATE_PRODUCT, DEPLOYMENT_DATE_IN_PAST */
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
    "/vip-memberships/{membershipId}/purchase-authorizations/{purchaseAuthorizationId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a pending purchase authorization (its products are removed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
                    purchaseAuthorizationId: string;
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
                        "application/json": components["schemas"]["VipMembership"];
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
                /** @description Problem; code one of: ORDER_ALREADY_PLACED, LICENSES_ASSIGNED, PURCHASE_AUTHORIZATION_NOT_PENDING */
                409: {
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
    "/vip-memberships/{membershipId}/purchase-authorizations/{purchaseAuthorizationId}/licence-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give licences of a purchase authorization to users (customer vip-admin/site-admin or partner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
                    purchaseAuthorizationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sku: string;
                        userEmails: string[];
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
                        "application/json": components["schemas"]["VipMembership"];
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
                /** @description Problem; code one of: PURCHASE_AUTHORIZATION_NOT_PENDING */
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
                /** @description Problem; code one of: PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION, LICENCE_QUANTITY_EXCEEDED */
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
    "/vip-memberships/{membershipId}/purchase-authorizations/{purchaseAuthorizationId}/licence-assignments/{sku}/{userEmail}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a licence back from a user */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
                    purchaseAuthorizationId: string;
                    sku: string;
                    userEmail: string;
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
                        "application/json": components["schemas"]["VipMembership"];
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
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vip-memberships/{membershipId}/purchase-authorizations/{purchaseAuthorizationId}/order-duration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The partner states the duration the order placed for this PA covers (seed 003); the renewal overview uses it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
                    purchaseAuthorizationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1..36 whole months */
                        months: number;
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
                        "application/json": components["schemas"]["VipMembership"];
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
                /** @description Problem; code one of: PURCHASE_AUTHORIZATION_NOT_FULFILLED */
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
                /** @description Problem; code one of: DURATION_OUT_OF_RANGE */
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
    "/vip-memberships/{membershipId}/purchase-authorizations/{purchaseAuthorizationId}/return-authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a return authorization for an ordered purchase authorization (partner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
                    purchaseAuthorizationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        products: {
                            quantity: number;
                            sku: string;
                        }[];
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VipMembership"];
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
                /** @description Problem; code one of: ORDER_NOT_PLACED, PURCHASE_AUTHORIZATION_NOT_FULFILLED */
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
                /** @description Problem; code one of: RETURN_WINDOW_CLOSED, RETURN_QUANTITY_EXCEEDED, PRODUCT_NOT_ON_PURCHASE_AUTHORIZATION, PRODUCTS_REQUIRED */
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
    "/vip-memberships/{membershipId}/renewal-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Renewable licences with suggested SKUs (listed from 60 days before the renewal window or 90 before the anniversary, per policy) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
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
                        "application/json": components["schemas"]["RenewalOverview"];
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
    "/vip-memberships/{membershipId}/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Process a renewal (partner): moves the anniversary a year on and re-plans every notice and job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orderNumber?: string;
                        products: {
                            quantity: number;
                            sku: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VipMembership"];
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
                /** @description Problem; code one of: MEMBERSHIP_EXPIRED, RENEWAL_NOT_OPEN, PRODUCTS_REQUIRED, PRODUCT_UNKNOWN */
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BusinessClock: {
            demoMode: boolean;
            jobsFired?: number;
            /** @description The business time of this service (UTC instant) */
            now: string;
            /** @description How far the business clock is ahead of the system clock */
            offsetMs: number;
        };
        OrderLicensing: {
            accountId: string;
            assignment: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                assignedAt: string;
                assignedBy: string;
                holdingAccount: boolean;
                smartAccountId: string;
                /** @enum {string} */
                status: "waiting" | "deposited" | "assigned";
                virtualAccountId: string;
                /** @description awaiting-booking, awaiting-shipment, awaiting-confirmation, export-hold, smart-account-pending, partner-holding-account, order-cancelled */
                waitingReasons: string[];
            } | null;
            entitlements: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                depositedAt: string;
                lineNumber: number;
                orderNumber: string;
                quantity: number;
                sku: string;
                smartAccountId: string;
                term: {
                    /**
                     * @description ISO calendar date
                     * @example 2026-12-31
                     */
                    endDate: string;
                    /**
                     * @description ISO calendar date
                     * @example 2026-12-31
                     */
                    startDate: string;
                } | null;
                virtualAccountId: string;
            }[];
            facts: {
                cancelled: boolean;
                confirmed: boolean;
                exportHold: boolean;
                shipped: boolean;
            };
            history: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                assignedAt: string;
                assignedBy: string;
                holdingAccount: boolean;
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                replacedAt: string;
                replacedBy: string;
                smartAccountId: string;
                virtualAccountId: string;
            }[];
            lines: {
                kind: string;
                lineNumber: number;
                quantity: number;
                sku: string;
            }[];
            orderNumber: string;
            resellerAccountId: string | null;
            webOrderNumber: string | null;
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
        RenewalOverview: {
            /**
             * @description ISO calendar date
             * @example 2026-12-31
             */
            accessRemovalOn: string;
            /**
             * @description ISO calendar date
             * @example 2026-12-31
             */
            anniversaryDate: string;
            coveredBeyondAnniversary: {
                /**
                 * @description ISO calendar date
                 * @example 2026-12-31
                 */
                coversUntil: string;
                purchaseAuthorizationId: string;
                quantity: number;
                sku: string;
            }[];
            licences: {
                quantity: number;
                sku: string;
                suggestedSku: string;
            }[];
            open: boolean;
            /**
             * @description ISO calendar date
             * @example 2026-12-31
             */
            overviewOpensOn: string;
            /**
             * @description ISO calendar date
             * @example 2026-12-31
             */
            windowOpensOn: string;
        };
        SmartAccount: {
            /**
             * Format: date-time
             * @example 2026-11-22T09:00:00.000Z
             */
            activatedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T09:00:00.000Z
             */
            createdAt: string;
            domainIdentifier: string;
            /** @enum {string} */
            kind: "customer" | "partner-holding";
            name: string;
            ownerAccountId: string;
            smartAccountId: string;
            /** @enum {string} */
            status: "active" | "pending";
            userEmails: string[];
            virtualAccounts: {
                name: string;
                virtualAccountId: string;
            }[];
        };
        VipMembership: {
            /**
             * @description ISO calendar date
             * @example 2026-12-31
             */
            anniversaryDate: string;
            /** @enum {string} */
            bannerState: "none" | "due" | "overdue";
            /**
             * Format: date-time
             * @example 2026-11-22T09:00:00.000Z
             */
            createdAt: string;
            customerAccountId: string;
            invitedBy: string;
            membershipId: string;
            /** @description <anniversaryDate>:<noticeKind> of every renewal notice published */
            noticesSent: string[];
            partnerAccountId: string;
            program: string;
            purchaseAuthorizations: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                closedAt: string | null;
                /** @description Stated by the reseller once ordered */
                coveredMonths?: number | null;
                /**
                 * @description ISO calendar date
                 * @example 2026-12-31
                 */
                coversUntil?: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                createdAt: string;
                createdBy: string;
                customerPoNumber: string | null;
                /**
                 * @description ISO calendar date
                 * @example 2026-12-31
                 */
                deploymentDate: string;
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                expiresAt: string;
                licenceAssignments: {
                    sku: string;
                    userEmail: string;
                }[];
                /** @enum {string} */
                licenseType: "enterprise" | "team";
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                orderedAt: string | null;
                orderNumber: string | null;
                products: {
                    quantity: number;
                    sku: string;
                }[];
                purchaseAuthorizationId: string;
                /** @enum {string} */
                status: "pending" | "fulfilled" | "cancelled" | "expired";
            }[];
            renewalHistory: {
                /**
                 * @description ISO calendar date
                 * @example 2026-12-31
                 */
                anniversaryDate: string;
                early: boolean;
                orderNumber: string | null;
                /**
                 * @description ISO calendar date
                 * @example 2026-12-31
                 */
                previousAnniversaryDate: string;
                products: {
                    quantity: number;
                    sku: string;
                }[];
                renewalId: string;
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                renewedAt: string;
                renewedBy: string;
            }[];
            returnAuthorizations: {
                /**
                 * Format: date-time
                 * @example 2026-11-22T09:00:00.000Z
                 */
                createdAt: string;
                createdBy: string;
                orderNumber: string;
                products: {
                    quantity: number;
                    sku: string;
                }[];
                purchaseAuthorizationId: string;
                reason: string | null;
                returnAuthorizationId: string;
            }[];
            /** @enum {string} */
            status: "active" | "late" | "expired";
            vipId: string;
        };
        VirtualAccountEntitlements: {
            items: {
                quantity: number;
                sku: string;
                sources: {
                    /**
                     * Format: date-time
                     * @example 2026-11-22T09:00:00.000Z
                     */
                    depositedAt: string;
                    lineNumber: number;
                    orderNumber: string;
                    quantity: number;
                    sku: string;
                    smartAccountId: string;
                    term: {
                        /**
                         * @description ISO calendar date
                         * @example 2026-12-31
                         */
                        endDate: string;
                        /**
                         * @description ISO calendar date
                         * @example 2026-12-31
                         */
                        startDate: string;
                    } | null;
                    virtualAccountId: string;
                }[];
            }[];
            smartAccountId: string;
            /** @description false for a partner holding account: entitlements cannot be used from it */
            usable: boolean;
            virtualAccountId: string;
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
