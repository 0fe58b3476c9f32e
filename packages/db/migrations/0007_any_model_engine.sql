-- Runs of any OpenAI-compatible chat server (Ollama, LM Studio, vLLM) record their engine as 'openai-compatible'.
ALTER TABLE "ai_runs" DROP CONSTRAINT "ai_runs_engine_check";--> statement-breakpoint
ALTER TABLE "ai_runs" ADD CONSTRAINT "ai_runs_engine_check" CHECK ("ai_runs"."engine" in ('claude', 'openai-compatible', 'offline'));