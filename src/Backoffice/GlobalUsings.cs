// PageResults (PageWithStatus, Invalid) and the case vocabulary come from the shared web layer (ADR 22).
global using DanVan.Feedback.Web;
