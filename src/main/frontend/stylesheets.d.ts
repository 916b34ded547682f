// Stylesheets imported for their side effect (Vite adds them to the page): KaTeX's, with its @font-face rules, and ours.
declare module '*.css';
