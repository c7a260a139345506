"""The action server registers every action the domain names, as it does at start-up."""

from rasa_sdk.executor import ActionExecutor


def test_every_domain_action_is_registered(domain: dict) -> None:
    executor = ActionExecutor()
    executor.register_package("actions")
    custom = {a for a in domain["actions"] if a.startswith(("action_", "validate_"))}
    assert custom <= set(executor.actions), custom - set(executor.actions)
