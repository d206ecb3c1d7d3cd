package org.tirek.vault.internal;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.tirek.vault.NeedsKeys;
import org.tirek.vault.VaultSealedException;

/**
 * Refuses every {@link NeedsKeys} method while the vault is sealed. It is an advisor ordered after
 * Spring Security's {@code @PreAuthorize} interceptor, so that authorization is decided first, and
 * it is an infrastructure bean so that the same auto-proxy that applies method security applies it.
 */
@Configuration(proxyBeanMethods = false)
class SealedVaultGuard {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor sealedVaultAdvisor(ObjectProvider<Custody> custody) {
        ComposablePointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(NeedsKeys.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(NeedsKeys.class));
        MethodInterceptor guard = invocation -> {
            if (custody.getObject().sealed()) throw new VaultSealedException();
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, guard);
        advisor.setOrder(AuthorizationInterceptorsOrder.POST_FILTER.getOrder() + 1);
        return advisor;
    }
}
