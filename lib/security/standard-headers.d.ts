export declare const STANDARD_HEADERS: { key: string; value: string }[];
