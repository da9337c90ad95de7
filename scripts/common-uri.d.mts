export declare const COMMON_URI: RegExp;
