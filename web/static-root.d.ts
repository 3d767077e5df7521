export declare const staticRoot: string;
