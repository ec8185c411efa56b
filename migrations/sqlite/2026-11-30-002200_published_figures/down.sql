DROP TABLE published_figures_history;
DROP TABLE published_figures;
