/** The workspace's sections, in the order of its navigation; the URL hash names the open one (#review…). */
export const VIEW_IDS = ['overview', 'network', 'review', 'followups', 'import', 'data', 'settings'] as const;
export type ViewId = (typeof VIEW_IDS)[number];
