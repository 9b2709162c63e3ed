// Generated from clients/portal-client/openapi/change-ticket.json by npm run client:gen; do not edit.

export interface paths {
    "/catalogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change catalog with its categories, articles and field definitions (and the catalog file version) */
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
                        "application/json": {
                            catalogs: components["schemas"]["ChangeCatalog"][];
                            version: number;
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
    "/catalogs/{catalogId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One change catalog */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    catalogId: string;
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
                        "application/json": components["schemas"]["ChangeCatalog"];
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
    "/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change requests of a perimeter, newest first; status: in-progress | drafts | closed | one status; optional element
         * @description Customers list one perimeter at a time; operators may leave `perimeter` out to see every account (their work queue).
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    elementId?: string;
                    limit?: number;
                    perimeter?: string;
                    status?: "in-progress" | "drafts" | "closed" | "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
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
                            items: components["schemas"]["ChangeRequestLine"][];
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
                /** @description Problem; code one of: FIELD_REQUIRED */
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
        /**
         * Create a change request: a draft (only the element is required), or confirmed at once with `submit: true`
         * @description Answers 202 with the id and Location; the request shows in the lists once its event made the round trip. Warnings: CHANGES_IN_PROGRESS_ON_ELEMENT.
         */
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
                        articleId?: string | null;
                        catalogId?: string | null;
                        categoryId?: string | null;
                        /** @description What you want changed (at most 4000 characters) */
                        description?: string | null;
                        elementId: string;
                        /** @description Values of the article fields, by field name (see the article field definitions) */
                        fields?: {
                            [key: string]: string | number | boolean | null;
                        };
                        /** @description Your reference (at most 64 characters) */
                        reference?: string | null;
                        /**
                         * @description Confirm at once (otherwise saved as a draft)
                         * @default false
                         */
                        submit?: boolean;
                    };
                };
            };
            responses: {
                /** @description Success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
                        };
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
                /** @description Problem; code one of: FIELD_REQUIRED, FIELD_INVALID, IDEMPOTENCY_KEY_REUSED */
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
    "/change-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One change request with its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                        "application/json": components["schemas"]["ChangeRequest"];
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
        /** Edit a draft: keys sent replace, null clears; another article without fields clears the fields */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        articleId?: string | null;
                        catalogId?: string | null;
                        categoryId?: string | null;
                        /** @description What you want changed (at most 4000 characters) */
                        description?: string | null;
                        elementId?: string;
                        /** @description Values of the article fields, by field name (see the article field definitions) */
                        fields?: {
                            [key: string]: string | number | boolean | null;
                        };
                        /** @description Your reference (at most 64 characters) */
                        reference?: string | null;
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
                        "application/json": {
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
                        };
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
                /** @description Problem; code one of: CHANGE_REQUEST_NOT_EDITABLE */
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
                /** @description Problem; code one of: FIELD_REQUIRED, FIELD_INVALID */
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
        trace?: never;
    };
    "/change-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft, a submitted request or one waiting for a quote (requester) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        reason?: string | null;
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
                        "application/json": {
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
                        };
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION */
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
    "/change-requests/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: complete the work */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION */
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
    "/change-requests/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What submitting this draft would answer (validation, warnings, billing), changing nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            };
                            needsStudy: boolean;
                            /** @enum {string} */
                            status: "submitted" | "quote-pending";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: FIELD_REQUIRED, FIELD_INVALID */
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
    "/change-requests/{id}/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: attach a quote (amount, validity) to a request that needs a prior study */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Integer minor units and ISO 4217 currency */
                        amount: {
                            amountMinor: number;
                            currency: string;
                        };
                        /** Format: date-time */
                        validUntil: string;
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
                        "application/json": {
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
                        };
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION */
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
    "/change-requests/{id}/quote/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Manager: accept the quote while it is valid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION, QUOTE_NOT_ISSUED, QUOTE_EXPIRED */
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
    "/change-requests/{id}/quote/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Manager: decline the quote; the request is closed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        reason?: string | null;
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
                        "application/json": {
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
                        };
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION, QUOTE_NOT_ISSUED */
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
    "/change-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: reject an open request, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                        "application/json": {
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
                        };
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION */
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
                /** @description Problem; code one of: FIELD_REQUIRED, FIELD_INVALID */
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
    "/change-requests/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: start the work (from submitted or quote-accepted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION */
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
    "/change-requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a draft: validates everything, uses one change of the month (billable past the free ones) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            } | null;
                            id: string;
                            request: components["schemas"]["ChangeRequest"];
                            /** @enum {string} */
                            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
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
                /** @description Problem; code one of: INVALID_STATUS_TRANSITION */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem; code one of: FIELD_REQUIRED, FIELD_INVALID */
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
    "/change-requests/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What confirming this content would answer (validation, warnings, billing) without creating anything */
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
                        articleId?: string | null;
                        catalogId?: string | null;
                        categoryId?: string | null;
                        /** @description What you want changed (at most 4000 characters) */
                        description?: string | null;
                        elementId: string;
                        /** @description Values of the article fields, by field name (see the article field definitions) */
                        fields?: {
                            [key: string]: string | number | boolean | null;
                        };
                        /** @description Your reference (at most 64 characters) */
                        reference?: string | null;
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
                        "application/json": {
                            billing: {
                                billable: boolean;
                                freeChangesLeft: number;
                                freeChangesPerMonth: number;
                                month: string;
                                usedThisMonth: number;
                            };
                            needsStudy: boolean;
                            /** @enum {string} */
                            status: "submitted" | "quote-pending";
                            warnings: {
                                /** @enum {string} */
                                code: "CHANGES_IN_PROGRESS_ON_ELEMENT";
                                detail: string;
                                requestIds: string[];
                            }[];
                        };
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
                /** @description Problem; code one of: FIELD_REQUIRED, FIELD_INVALID */
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
    "/elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inventory elements of a perimeter; `q` searches name and id, `catalogId` keeps the elements that catalog serves */
        get: {
            parameters: {
                query: {
                    catalogId?: string;
                    cursor?: string;
                    limit?: number;
                    perimeter: string;
                    q?: string;
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
                            items: components["schemas"]["InventoryElement"][];
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
    "/elements/{elementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inventory element with the catalogs available for its kind (categories, articles, fields) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    elementId: string;
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
                        "application/json": components["schemas"]["InventoryElement"] & {
                            catalogs: components["schemas"]["ChangeCatalog"][];
                            catalogVersion: number;
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
    "/perimeters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Perimeters (scopes) the caller can work in; operators name the account */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
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
                            items: components["schemas"]["Perimeter"][];
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
        ChangeCatalog: {
            categories: {
                articles: {
                    descriptionRequired: boolean;
                    fields: {
                        help?: string;
                        label: string;
                        max?: number;
                        maxFromElement?: string;
                        maxLength?: number;
                        min?: number;
                        minLength?: number;
                        name: string;
                        options?: string[];
                        required: boolean;
                        /** @enum {string} */
                        type: "text" | "integer" | "number" | "boolean" | "choice" | "date";
                    }[];
                    id: string;
                    name: string;
                    needsStudy: boolean;
                    /** @enum {string} */
                    rdsLicences?: "add" | "remove";
                }[];
                id: string;
                name: string;
            }[];
            description?: string;
            elementKinds: string[];
            id: string;
            name: string;
        };
        ChangeRequest: {
            accountId: string;
            articleId: string | null;
            articleName: string | null;
            billing: {
                billable: boolean;
                freeChangesPerMonth: number;
                month: string;
                ordinal: number;
            } | null;
            catalogId: string | null;
            catalogVersion: number | null;
            categoryId: string | null;
            closingReason: string | null;
            contractNumber: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            elementId: string;
            elementName: string;
            /** @description Values of the article fields, by field name (see the article field definitions) */
            fields: {
                [key: string]: string | number | boolean | null;
            };
            history: {
                action: string;
                /** Format: date-time */
                at: string;
                by: string;
                note: string | null;
                /** @enum {string} */
                status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
            }[];
            id: string;
            needsStudy: boolean;
            perimeterId: string;
            quote: {
                /** @description Integer minor units and ISO 4217 currency */
                amount: {
                    amountMinor: number;
                    currency: string;
                };
                /** Format: date-time */
                issuedAt: string;
                issuedBy: string;
                quoteId: string;
                /** Format: date-time */
                validUntil: string;
            } | null;
            reference: string | null;
            requestedBy: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ChangeRequestLine: {
            accountId: string;
            articleId: string | null;
            articleName: string | null;
            billable: boolean | null;
            catalogId: string | null;
            categoryId: string | null;
            /** Format: date-time */
            createdAt: string;
            elementId: string;
            elementName: string;
            id: string;
            perimeterId: string;
            quote: {
                /** @description Integer minor units and ISO 4217 currency */
                amount: {
                    amountMinor: number;
                    currency: string;
                };
                quoteId: string;
                /** Format: date-time */
                validUntil: string;
            } | null;
            reference: string | null;
            requestedBy: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "quote-pending" | "quote-accepted" | "quote-declined" | "in-progress" | "completed" | "rejected" | "cancelled";
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        InventoryElement: {
            accountId: string;
            contractNumber: string | null;
            id: string;
            kind: string;
            name: string;
            orderNumber: string | null;
            perimeterId: string;
            rdsLicences: number;
            /** @enum {string} */
            status: "active" | "retired";
        };
        Perimeter: {
            accountId: string;
            elementCount: number;
            id: string;
            name: string;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
